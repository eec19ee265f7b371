"use client";

import { useTranslations } from "next-intl";
import type { ReportCategory } from "@/lib/activation/hazard-template-types";

type Props = {
  categories: ReportCategory[];
  locale: string;
  category: string;
  severity: number;
  onChange: (patch: { category?: string; severity?: number }) => void;
};

/** A report's category (the activation's own list) and severity (1–4), shared by the new-report form and the editor. */
export function CategorySeverityFields({ categories, locale, category, severity, onChange }: Props) {
  const t = useTranslations("reports");
  return (
    <>
      <label>
        {t("category")}
        <select value={category} onChange={(e) => onChange({ category: e.target.value })}>
          {categories.map((c) => (
            <option key={c.code} value={c.code}>
              {locale === "en" ? c.label.en : c.label.fr}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("severity")}
        <select value={severity} onChange={(e) => onChange({ severity: Number(e.target.value) })}>
          {[1, 2, 3, 4].map((level) => (
            <option key={level} value={level}>
              {t(`severities.${level}` as "severities.1")}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
