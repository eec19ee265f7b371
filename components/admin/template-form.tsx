"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import type { HazardTemplateData } from "@/lib/activation/default-hazard-templates";
import { FormStatus } from "../ui/form-status";

/** A hazard template edited as plain lists, one item per line. */
export function TemplateForm({ template, action }: { template: HazardTemplateData; action: (previous: ActionResult | null, data: FormData) => Promise<ActionResult> }) {
  const t = useTranslations("templates");
  const [result, run, pending] = useActionState(action, null);
  const area = (name: string, label: string, values: string[], rows = 8) => (
    <label>
      {label}
      <textarea name={name} rows={rows} defaultValue={values.join("\n")} />
    </label>
  );
  return (
    <form action={run} className="wizard">
      <div className="grid2">
        {area("keywordsFr", t("keywordsFr"), template.keywords.fr, 12)}
        {area("keywordsEn", t("keywordsEn"), template.keywords.en, 12)}
        {area("hashtags", t("hashtags"), template.hashtags)}
        {area("languages", t("languages"), template.languages, 3)}
        {area("exclusionsFr", t("exclusionsFr"), template.exclusions.fr)}
        {area("exclusionsEn", t("exclusionsEn"), template.exclusions.en)}
      </div>
      {area("reportCategories", t("categories"), template.reportCategories.map((c) => `${c.code} | ${c.label.fr} | ${c.label.en}`), 10)}
      <FormStatus result={result} success={t("saved")} />
      <button className="button" type="submit" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
