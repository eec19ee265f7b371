"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { RelayFormStatus } from "./relay-form-status";

type Action = (previous: ActionResult | null, data: FormData) => Promise<ActionResult>;

/** Drafts a rebuttal: the association's words, and the official source quoted and linked (both required). */
export function RebuttalForm({ action, claim }: { action: Action; claim: string }) {
  const t = useTranslations("relay.rebuttal");
  const [result, run, pending] = useActionState(action, null);
  return (
    <details className="panel" data-testid="rebuttal-form">
      <summary>{t("draft")}</summary>
      <form action={run} className="stack">
        <RelayFormStatus result={result} success={t("created")} />
        <label>
          {t("title")}
          <input name="title" defaultValue={t("defaultTitle", { claim: claim.slice(0, 120) })} required minLength={3} maxLength={200} data-testid="rebuttal-title" />
        </label>
        <label>
          {t("text")}
          <textarea name="text" rows={3} required minLength={5} placeholder={t("textPlaceholder")} data-testid="rebuttal-text" />
        </label>
        <label>
          {t("quote")}
          <textarea name="quote" rows={2} required minLength={5} data-testid="rebuttal-quote" />
        </label>
        <div className="grid2">
          <label>
            {t("sourceName")}
            <input name="sourceName" required minLength={2} placeholder={t("sourceNamePlaceholder")} data-testid="rebuttal-source-name" />
          </label>
          <label>
            {t("sourceUrl")}
            <input name="sourceUrl" type="url" required placeholder="https://www.….gouv.fr/…" data-testid="rebuttal-source-url" />
          </label>
        </div>
        <label>
          {t("hashtags")}
          <input name="hashtags" />
        </label>
        <button className="button secondary" disabled={pending} data-testid="rebuttal-create">
          {t("create")}
        </button>
      </form>
    </details>
  );
}
