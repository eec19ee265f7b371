"use client";

import { useTranslations } from "next-intl";
import { useActionState, useMemo, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { composePostText, fillVariables } from "@/lib/relay/relay-text";
import { LengthCounters } from "./length-counters";
import { RelayLinkFields, ShowOnPublicMapField } from "./relay-link-fields";
import { RelayFormStatus } from "./relay-form-status";

export type LibraryTemplate = { id: string; hazard: string; title: string; body: string; sourceName: string; sourceUrl: string; hashtags: string[] };
type Action = (previous: ActionResult | null, data: FormData) => Promise<ActionResult>;

/**
 * Drafting a message: pick an instruction of the library (the activation's hazard first), fill
 * {commune}, {heure} and {lien}, adjust the text; the counters show the length per network.
 */
export function RelayDraftForm({ templates, hazardNames, mastodonMax, action, defaultTime }: { templates: LibraryTemplate[]; hazardNames: Record<string, string>; mastodonMax: number; action: Action; defaultTime: string }) {
  const t = useTranslations("relay");
  const [result, run, pending] = useActionState(action, null);
  const [templateId, setTemplateId] = useState("");
  const [pattern, setPattern] = useState("");
  const [title, setTitle] = useState("");
  const [link, setLink] = useState("");
  const [hashtags, setHashtags] = useState("");
  const [vars, setVars] = useState({ commune: "", heure: defaultTime, lien: "" });
  const body = fillVariables(pattern, vars);
  const preview = useMemo(() => composePostText({ body, link: link || null, hashtags: hashtags.split(/[\s,]+/).filter(Boolean) }), [body, link, hashtags]);
  const hazards = [...new Set(templates.map((template) => template.hazard))];

  function pick(id: string) {
    setTemplateId(id);
    const template = templates.find((candidate) => candidate.id === id);
    if (!template) return;
    setPattern(template.body);
    setTitle(fillVariables(template.title, vars));
    setLink(template.sourceUrl);
    setHashtags(template.hashtags.join(" "));
    setVars((current) => ({ ...current, lien: current.lien || template.sourceUrl }));
  }

  return (
    <form action={run} className="stack" data-testid="relay-draft-form">
      <RelayFormStatus result={result} success={t("created")} />
      <label>
        {t("fromLibrary")}
        <select value={templateId} onChange={(event) => pick(event.target.value)} data-testid="relay-template-select">
          <option value="">{t("noTemplate")}</option>
          {hazards.map((hazard) => (
            <optgroup key={hazard} label={hazardNames[hazard] ?? hazard}>
              {templates
                .filter((template) => template.hazard === hazard)
                .map((template) => (
                  <option key={template.id} value={template.id}>
                    {template.title}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      <input type="hidden" name="templateId" value={templateId} />
      <div className="grid2">
        <label>
          {t("vars.commune")}
          <input value={vars.commune} onChange={(event) => setVars({ ...vars, commune: event.target.value })} data-testid="relay-var-commune" />
        </label>
        <label>
          {t("vars.heure")}
          <input value={vars.heure} onChange={(event) => setVars({ ...vars, heure: event.target.value })} data-testid="relay-var-heure" />
        </label>
      </div>
      <label>
        {t("vars.lien")}
        <input value={vars.lien} onChange={(event) => setVars({ ...vars, lien: event.target.value })} data-testid="relay-var-lien" />
      </label>
      <label>
        {t("fields.title")}
        <input name="title" value={title} onChange={(event) => setTitle(event.target.value)} required minLength={3} maxLength={200} data-testid="relay-title" />
      </label>
      <label>
        {t("fields.body")}
        <textarea name="body" rows={5} value={body} onChange={(event) => setPattern(event.target.value)} required data-testid="relay-body" />
      </label>
      <RelayLinkFields link={link} hashtags={hashtags} onLinkChange={setLink} onHashtagsChange={setHashtags} />
      <div className="grid2">
        <label>
          {t("fields.image")}
          <input name="image" type="file" accept="image/jpeg,image/png,image/webp" />
        </label>
        <label>
          {t("fields.imageAlt")}
          <input name="imageAlt" maxLength={1500} />
        </label>
      </div>
      <ShowOnPublicMapField defaultChecked />
      <LengthCounters text={preview} mastodonMax={mastodonMax} />
      <button className="button" disabled={pending} data-testid="relay-create">
        {t("createDraft")}
      </button>
    </form>
  );
}
