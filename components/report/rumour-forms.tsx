"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { FieldErrors, FormStatus } from "../ui/form-status";

type Action = (previous: ActionResult | null, data: FormData) => Promise<ActionResult>;

/** A new rumour under watch; from a FALSE report, the claim starts as its title and the report is linked. */
export function RumourCreateForm({ action, reportId, claim }: { action: Action; reportId?: string; claim?: string }) {
  const t = useTranslations("rumours");
  const [result, run, pending] = useActionState(action, null);
  return (
    <form action={run} className="stack" data-testid="rumour-create">
      <FormStatus result={result} success={t("created")} />
      <FieldErrors result={result} />
      {reportId ? <input type="hidden" name="reportId" value={reportId} /> : null}
      <label>
        {t("claim")}
        <input name="claim" defaultValue={claim} required minLength={5} maxLength={500} />
      </label>
      <button className="button secondary" disabled={pending}>
        {reportId ? t("openFromReport") : t("create")}
      </button>
    </form>
  );
}

/** Links a report to a rumour already tracked. */
export function RumourLinkForm({ action, rumours }: { action: Action; rumours: { id: string; claim: string }[] }) {
  const t = useTranslations("rumours");
  const [result, run, pending] = useActionState(action, null);
  if (rumours.length === 0) return null;
  return (
    <form action={run} className="feed-bar" data-testid="rumour-link">
      <FormStatus result={result} success={t("linked")} />
      <select name="rumourId" aria-label={t("joinRumour")}>
        {rumours.map((r) => (
          <option key={r.id} value={r.id}>
            {r.claim}
          </option>
        ))}
      </select>
      <button className="button secondary" disabled={pending}>
        {t("join")}
      </button>
    </form>
  );
}
