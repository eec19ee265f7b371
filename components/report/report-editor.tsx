"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import type { ReportCategory } from "@/lib/activation/hazard-template-types";
import { zonedInputToDate } from "@/lib/team/zoned-time";
import { CHECKLIST_ITEMS, type Checklist } from "@/lib/verify/checklist";
import { CategorySeverityFields } from "./category-severity-fields";
import { RecordViewers } from "./record-viewers";

const LocationPickerMap = dynamic(() => import("../map/location-picker-map"), { ssr: false, loading: () => <div className="location-map" /> });

const FIELDS = new Set(["title", "description", "category", "severity", "currency", "checklist", "location", "tags", "observedAt", "status"]);

type Location = { lat: number; lon: number; precision: string; placeName: string | null } | null;
/** `observedAt` as the datetime-local input holds it: wall-clock time in the activation's time zone. */
type Editable = { version: number; title: string; description: string; category: string; severity: number; currency: string; checklist: Checklist; location: Location; observedAt: string; tags: string[] };
type Result = { ok: boolean; error?: string; conflict?: { changed: string[]; by: string | null } };

/**
 * Edits a report on the version it was loaded at. If someone saved in
 * between, the save is refused and the editor says who changed what; the
 * volunteer reloads and re-applies, nothing is silently overwritten.
 */
type Presence = { activationId: string; reportId: string; currentUserId: string };

type EditorProps = { report: Editable; categories: ReportCategory[]; locale: string; canEdit: boolean; save: (input: unknown) => Promise<Result>; presence: Presence; timeZone: string };

export function ReportEditor({ report, categories, locale, canEdit, save, presence, timeZone }: EditorProps) {
  const t = useTranslations("reports");
  const router = useRouter();
  // The version the volunteer started editing from: a save is checked against it, not against
  // whatever the page has reloaded since (that would overwrite the other person's change).
  const [base, setBase] = useState(report);
  const [draft, setDraft] = useState(report);
  const [result, setResult] = useState<Result | null>(null);
  const [pending, start] = useTransition();
  const dirty = JSON.stringify(draft) !== JSON.stringify(base);
  // Someone else saved: an untouched editor follows; a touched one keeps the volunteer's text.
  useEffect(() => {
    if (report.version !== base.version && !dirty) {
      setBase(report);
      setDraft(report);
    }
  }, [report, base.version, dirty]);
  const submit = () =>
    start(async () => {
      const changed: Record<string, unknown> = Object.fromEntries(Object.entries(draft).filter(([key, value]) => key !== "version" && JSON.stringify(value) !== JSON.stringify(base[key as keyof Editable])));
      if (typeof changed.observedAt === "string") changed.observedAt = zonedInputToDate(changed.observedAt, timeZone);
      const outcome = await save({ version: base.version, ...changed });
      setResult(outcome);
      if (outcome.ok) {
        const saved = { ...draft, version: base.version + 1 };
        setBase(saved);
        setDraft(saved);
        router.refresh();
      }
    });
  const reload = () => {
    setBase(report);
    setDraft(report);
    setResult(null);
    router.refresh();
  };
  return (
    <form
      className="stack"
      data-testid="report-editor"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <RecordViewers activationId={presence.activationId} record={`report:${presence.reportId}`} currentUserId={presence.currentUserId} editing={dirty} />
      {result?.ok ? <p className="alert ok" role="status">{t("saved")}</p> : null}
      {result && !result.ok ? (
        <div className="alert error" role="alert" data-testid="report-conflict">
          {result.conflict ? t("conflict", { by: result.conflict.by ?? "?", fields: result.conflict.changed.map((field) => (FIELDS.has(field) ? t(`fields.${field}` as "fields.title") : field)).join(", ") }) : t("saveFailed")}
          {result.conflict ? (
            <button type="button" className="button secondary" onClick={reload}>
              {t("reload")}
            </button>
          ) : null}
        </div>
      ) : null}
      <fieldset disabled={!canEdit} className="stack" style={{ border: 0, padding: 0 }}>
        <label>
          {t("title")}
          <input value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} required minLength={3} />
        </label>
        <label>
          {t("description")}
          <textarea rows={4} value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
        </label>
        <div className="grid2">
          <CategorySeverityFields categories={categories} locale={locale} category={draft.category} severity={draft.severity} onChange={(patch) => setDraft({ ...draft, ...patch })} />
          <label>
            {t("currency")}
            <select value={draft.currency} onChange={(e) => setDraft({ ...draft, currency: e.target.value })}>
              {["CURRENT", "RESOLVED", "OUTDATED"].map((value) => (
                <option key={value} value={value}>
                  {t(`currencies.${value}` as "currencies.CURRENT")}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="grid2">
          <label>
            {t("observedAt")}
            <input type="datetime-local" value={draft.observedAt} onChange={(e) => setDraft({ ...draft, observedAt: e.target.value })} />
          </label>
          <label>
            {t("tags")}
            <input value={draft.tags.join(", ")} onChange={(e) => setDraft({ ...draft, tags: e.target.value.split(",").map((tag) => tag.trim()).filter(Boolean) })} placeholder={t("tagsPlaceholder")} />
          </label>
        </div>
        <fieldset>
          <legend>{t("location")}</legend>
          <p className="small muted" data-testid="report-location">
            {draft.location ? `${draft.location.placeName ?? `${draft.location.lat}, ${draft.location.lon}`} — ${t(`precisions.${draft.location.precision}` as "precisions.point")}` : t("noLocation")}
          </p>
          {canEdit ? (
            <LocationPickerMap
              value={draft.location}
              precise={draft.location?.precision === "point"}
              onChange={(point) => setDraft({ ...draft, location: { ...point, precision: "point", placeName: null } })}
            />
          ) : null}
        </fieldset>
        <fieldset>
          <legend>{t("checklist")}</legend>
          {CHECKLIST_ITEMS.map((item) => (
            <label key={item} className="inline">
              <input type="checkbox" checked={draft.checklist[item] === true} onChange={(e) => setDraft({ ...draft, checklist: { ...draft.checklist, [item]: e.target.checked } })} />
              {t(`checks.${item}` as "checks.source_identified")}
            </label>
          ))}
        </fieldset>
        <button className="button" type="submit" disabled={pending}>
          {t("save")}
        </button>
      </fieldset>
    </form>
  );
}
