"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ReportCategory } from "@/lib/activation/hazard-template-types";
import { CategorySeverityFields } from "./category-severity-fields";

export type ReportDraft = { title: string; description: string; category: string; severity: number };
type Props = {
  categories: ReportCategory[];
  locale: string;
  initial: ReportDraft;
  onSubmit: (draft: ReportDraft) => void;
  onCancel: () => void;
  pending?: boolean;
};

/** A new report, keyboard first: the title has the focus, Enter creates it, Escape cancels. */
export function ReportForm({ categories, locale, initial, onSubmit, onCancel, pending }: Props) {
  const t = useTranslations("reports");
  const [draft, setDraft] = useState(initial);
  return (
    <form
      className="panel stack"
      data-testid="report-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(draft);
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
    >
      <h3 style={{ margin: 0 }}>{t("newTitle")}</h3>
      <label>
        {t("title")}
        <input autoFocus required minLength={3} maxLength={200} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
      </label>
      <CategorySeverityFields categories={categories} locale={locale} category={draft.category} severity={draft.severity} onChange={(patch) => setDraft({ ...draft, ...patch })} />
      <label>
        {t("description")}
        <textarea rows={3} value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
      </label>
      <div className="feed-bar">
        <button className="button" type="submit" disabled={pending}>
          {t("create")}
        </button>
        <button className="button secondary" type="button" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
