"use client";

import dynamic from "next/dynamic";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useMemo, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import type { HazardTemplateData } from "@/lib/activation/default-hazard-templates";
import { DEPARTEMENTS } from "@/lib/geo/departements";
import { foldText } from "@/lib/text/fold-text";
import { FormStatus } from "../ui/form-status";
import { LanguagePicker } from "./language-picker";
import { TermsField } from "./terms-field";

const AreaPickerMap = dynamic(() => import("../map/area-picker-map"), { ssr: false, loading: () => <div className="area-map" /> });

type Props = {
  templates: HazardTemplateData[];
  requesters: { id: string; name: string; type: string }[];
  action: (previous: ActionResult | null, data: FormData) => Promise<ActionResult>;
};

/**
 * "The prefecture calls": hazard template, name, requesting authorities, area,
 * what to watch (prefilled from the template, editable) and options, on one page.
 */
export function CreateActivationWizard({ templates, requesters, action }: Props) {
  const t = useTranslations("wizard");
  const tHazards = useTranslations("hazards");
  const locale = useLocale() as "fr" | "en";
  const [result, run, pending] = useActionState(action, null);
  const [hazard, setHazard] = useState(templates[0].hazard);
  const template = templates.find((candidate) => candidate.hazard === hazard)!;
  const [name, setName] = useState("");
  const [requesterIds, setRequesterIds] = useState<string[]>([]);
  const [mode, setMode] = useState<"departements" | "polygon">("departements");
  const [codes, setCodes] = useState<string[]>([]);
  const [ring, setRing] = useState<[number, number][]>([]);
  const [search, setSearch] = useState("");
  const [keywords, setKeywords] = useState<string[]>([...template.keywords.fr, ...template.keywords.en]);
  const [hashtags, setHashtags] = useState<string[]>(template.hashtags);
  const [exclusions, setExclusions] = useState<string[]>([...template.exclusions.fr, ...template.exclusions.en]);
  const [languages, setLanguages] = useState<string[]>(template.languages);
  const [duration, setDuration] = useState("72");
  const [publicMap, setPublicMap] = useState(false);
  const [blurMedia, setBlurMedia] = useState(false);
  const [retentionDays, setRetentionDays] = useState("30");
  const [graceDays, setGraceDays] = useState("7");

  const chooseHazard = (next: string) => {
    const chosen = templates.find((candidate) => candidate.hazard === next)!;
    setHazard(chosen.hazard);
    setKeywords([...chosen.keywords.fr, ...chosen.keywords.en]);
    setHashtags(chosen.hashtags);
    setExclusions([...chosen.exclusions.fr, ...chosen.exclusions.en]);
    setLanguages(chosen.languages);
    // Attacks bring graphic images: blurred until a volunteer chooses to see them.
    setBlurMedia(chosen.hazard === "attack");
  };
  const toggleCode = (code: string) => setCodes((current) => (current.includes(code) ? current.filter((c) => c !== code) : [...current, code]));
  const matches = useMemo(() => {
    const needle = foldText(search).trim();
    return needle ? DEPARTEMENTS.filter((d) => foldText(d.name).includes(needle) || d.code.toLowerCase() === needle) : [];
  }, [search]);
  const focus = codes.length ? DEPARTEMENTS.find((d) => d.code === codes[codes.length - 1])?.bbox : undefined;

  const payload = JSON.stringify({
    hazard,
    name,
    requesterOrganizationIds: requesterIds,
    area: mode === "departements" ? { mode, codes } : { mode, ring },
    keywords,
    hashtags,
    exclusions,
    languages,
    expectedDurationHours: duration ? Number(duration) : null,
    publicMapAllowed: publicMap,
    blurMedia,
    retentionDays: Number(retentionDays),
    authorityGraceDays: Number(graceDays),
  });

  return (
    <form action={run} className="wizard">
      <input type="hidden" name="payload" value={payload} />
      <section className="panel">
        <h2>1. {t("request")}</h2>
        <label>
          {t("hazard")}
          <select value={hazard} onChange={(event) => chooseHazard(event.target.value)}>
            {templates.map((candidate) => (
              <option key={candidate.hazard} value={candidate.hazard}>
                {tHazards(candidate.hazard)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("name")}
          <input value={name} onChange={(event) => setName(event.target.value)} placeholder={t("namePlaceholder")} required />
        </label>
        <fieldset>
          <legend>{t("requesters")}</legend>
          {requesters.length === 0 ? <p className="muted">{t("noRequesters")}</p> : null}
          {requesters.map((org) => (
            <label key={org.id} className="inline">
              <input
                type="checkbox"
                checked={requesterIds.includes(org.id)}
                onChange={(event) => setRequesterIds((ids) => (event.target.checked ? [...ids, org.id] : ids.filter((id) => id !== org.id)))}
              />
              {org.name}
            </label>
          ))}
        </fieldset>
        <p className="muted">
          {t("categoriesFromTemplate")} {template.reportCategories.map((category) => category.label[locale]).join(" · ")}
        </p>
      </section>

      <section className="panel">
        <h2>2. {t("area")}</h2>
        <div className="segmented" role="radiogroup" aria-label={t("area")}>
          <label className="inline">
            <input type="radio" checked={mode === "departements"} onChange={() => setMode("departements")} />
            {t("byDepartement")}
          </label>
          <label className="inline">
            <input type="radio" checked={mode === "polygon"} onChange={() => setMode("polygon")} />
            {t("byPolygon")}
          </label>
        </div>
        {mode === "departements" ? (
          <div>
            <label>
              {t("searchDepartement")}
              <input value={search} onChange={(event) => setSearch(event.target.value)} placeholder={t("searchPlaceholder")} />
            </label>
            <ul className="choices">
              {matches.slice(0, 8).map((d) => (
                <li key={d.code}>
                  <button type="button" className="button secondary" onClick={() => { toggleCode(d.code); setSearch(""); }}>
                    {codes.includes(d.code) ? "✓ " : "+ "}
                    {d.name} ({d.code})
                  </button>
                </li>
              ))}
            </ul>
            <p data-testid="selected-departements">
              {t("selected")}{" "}
              {codes.length === 0
                ? t("noneSelected")
                : codes.map((code) => {
                    const d = DEPARTEMENTS.find((candidate) => candidate.code === code)!;
                    return (
                      <button key={code} type="button" className="chip" onClick={() => toggleCode(code)} title={t("remove")}>
                        {d.name} ({code}) ×
                      </button>
                    );
                  })}
            </p>
          </div>
        ) : (
          <p>
            {t("polygonHelp", { count: ring.length })}{" "}
            <button type="button" className="button secondary" onClick={() => setRing([])}>
              {t("clearPolygon")}
            </button>
          </p>
        )}
        <AreaPickerMap mode={mode} selected={codes} onToggle={toggleCode} ring={ring} onAddPoint={(point) => setRing((r) => [...r, point])} focus={focus} />
      </section>

      <section className="panel">
        <h2>3. {t("watch")}</h2>
        <p className="muted">{t("watchHelp")}</p>
        <div className="grid2">
          <TermsField label={t("keywords")} values={keywords} onChange={setKeywords} />
          <TermsField label={t("hashtags")} values={hashtags} onChange={setHashtags} />
          <TermsField label={t("exclusions")} values={exclusions} onChange={setExclusions} />
          <LanguagePicker label={t("languages")} values={languages} onChange={setLanguages} />
        </div>
      </section>

      <section className="panel">
        <h2>4. {t("options")}</h2>
        <div className="grid2">
          <label>
            {t("duration")}
            <input type="number" min={1} value={duration} onChange={(event) => setDuration(event.target.value)} />
          </label>
          <label>
            {t("retentionDays")}
            <input type="number" min={1} max={365} value={retentionDays} onChange={(event) => setRetentionDays(event.target.value)} />
          </label>
          <label>
            {t("graceDays")}
            <input type="number" min={0} max={90} value={graceDays} onChange={(event) => setGraceDays(event.target.value)} />
          </label>
          <label className="inline">
            <input type="checkbox" checked={publicMap} onChange={(event) => setPublicMap(event.target.checked)} />
            {t("publicMap")}
          </label>
          <label className="inline">
            <input type="checkbox" checked={blurMedia} onChange={(event) => setBlurMedia(event.target.checked)} />
            {t("blurMedia")}
          </label>
        </div>
      </section>

      <FormStatus result={result} />
      {result && !result.ok && result.fieldErrors ? (
        <ul className="field-error">
          {Object.entries(result.fieldErrors).map(([field, key]) => (
            <li key={field}>{t.has(`fields.${field}`) ? t(`fields.${field}` as "fields.name") : field}</li>
          ))}
        </ul>
      ) : null}
      <button className="button" type="submit" disabled={pending}>
        {t("create")}
      </button>
    </form>
  );
}
