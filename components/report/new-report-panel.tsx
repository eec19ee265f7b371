"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import type { ReportCategory } from "@/lib/activation/hazard-template-types";
import { ReportForm, type ReportDraft } from "./report-form";

/** A report from scratch — a phone call, a partner's message — then its page to locate and verify it. */
export function NewReportPanel({ categories, locale, create, activationId }: { categories: ReportCategory[]; locale: string; activationId: string; create: (input: unknown) => Promise<ActionResult & { reportId?: string }> }) {
  const t = useTranslations("reports");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!open) {
    return (
      <button className="button" onClick={() => setOpen(true)} data-testid="new-report">
        {t("fromScratch")}
      </button>
    );
  }
  const submit = (draft: ReportDraft) =>
    start(async () => {
      const result = await create({ ...draft, postIds: [] });
      if (!result.ok || !result.reportId) return setError(result.ok ? "INTERNAL" : result.error);
      router.push(`/activations/${activationId}/reports/${result.reportId}`);
    });
  return (
    <div className="stack" style={{ maxWidth: 560 }}>
      {error ? <p className="alert error" role="alert">{t("saveFailed")}</p> : null}
      <ReportForm categories={categories} locale={locale} pending={pending} initial={{ title: "", description: "", category: categories[0]?.code ?? "other", severity: 2 }} onSubmit={submit} onCancel={() => setOpen(false)} />
    </div>
  );
}
