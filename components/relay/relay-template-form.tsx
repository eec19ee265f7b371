"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { RelayFormStatus } from "./relay-form-status";

type Action = (previous: ActionResult | null, data: FormData) => Promise<ActionResult>;
export type TemplateFields = { hazard: string; title: string; body: string; sourceName: string; sourceUrl: string; hashtags: string[]; active: boolean };

/** Adds or edits one instruction of the library, with its official source. */
export function RelayTemplateForm({ initial, hazardNames, action, testId }: { initial: TemplateFields | null; hazardNames: Record<string, string>; action: Action; testId: string }) {
  const t = useTranslations("relay");
  const [result, run, pending] = useActionState(action, null);
  return (
    <form action={run} className="stack" data-testid={testId}>
      <RelayFormStatus result={result} success={t("saved")} />
      <label>
        {t("library.hazard")}
        <select name="hazard" defaultValue={initial?.hazard ?? "flood"}>
          {Object.entries(hazardNames).map(([hazard, name]) => (
            <option key={hazard} value={hazard}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("fields.title")}
        <input name="title" defaultValue={initial?.title} required minLength={3} maxLength={200} />
      </label>
      <label>
        {t("fields.body")} <span className="muted small">{t("library.variablesHint")}</span>
        <textarea name="body" rows={4} defaultValue={initial?.body} required />
      </label>
      <div className="grid2">
        <label>
          {t("library.sourceName")}
          <input name="sourceName" defaultValue={initial?.sourceName} required minLength={2} />
        </label>
        <label>
          {t("library.sourceUrl")}
          <input name="sourceUrl" type="url" defaultValue={initial?.sourceUrl} required />
        </label>
      </div>
      <label>
        {t("fields.hashtags")}
        <input name="hashtags" defaultValue={initial?.hashtags.join(" ")} />
      </label>
      <label className="inline">
        <input type="checkbox" name="active" defaultChecked={initial?.active ?? true} /> {t("library.active")}
      </label>
      <button className="button secondary" disabled={pending}>
        {initial ? t("save") : t("library.add")}
      </button>
    </form>
  );
}
