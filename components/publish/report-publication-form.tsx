"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { PublishActionResult } from "@/lib/publish/publish-action-result";
import { PublicationOutcome } from "./publication-outcome";

type Props = {
  state: { status: string; published: boolean; publishedAt: string | null; publicTitle: string; publicSummary: string; suggested: boolean; version: number; blocked: string | null };
  canPublish: boolean;
  publicMapAllowed: boolean;
  publicUrl: string;
  publish: (previous: PublishActionResult | null, data: FormData) => Promise<PublishActionResult>;
  unpublish: () => Promise<PublishActionResult>;
};

/** The report's « Publication » panel: public title and summary, publish or update, unpublish in one click, refusals spelled out. */
export function ReportPublicationForm({ state, canPublish, publicMapAllowed, publicUrl, publish, unpublish }: Props) {
  const t = useTranslations("publish");
  const format = useFormatter();
  const [result, run, pending] = useActionState(publish, null);
  // Controlled: a refused text stays on screen to be corrected (a form action resets uncontrolled fields).
  const [publicTitle, setPublicTitle] = useState(state.publicTitle);
  const [publicSummary, setPublicSummary] = useState(state.publicSummary);
  const [unpublished, runUnpublish, unpublishing] = useActionState(async () => unpublish(), null);
  const confirmed = state.status === "CONFIRMED";
  return (
    <div className="panel" data-testid="publication-panel">
      <h2>{t("panelTitle")}</h2>
      <p data-testid="publication-state">
        {state.published && state.publishedAt ? t("published", { at: format.dateTime(new Date(state.publishedAt), { dateStyle: "short", timeStyle: "short" }) }) : t("notPublished")}{" "}
        {state.published && publicMapAllowed ? <a href={publicUrl} target="_blank" rel="noopener">{t("openPublicMap")}</a> : null}
      </p>
      {!publicMapAllowed ? <p className="muted small">{t("publicMapOff")}</p> : null}
      {!canPublish ? <p className="muted small">{t("coordinatorsOnly")}</p> : !confirmed ? <p className="muted small" data-testid="publication-needs-confirmed">{t("onlyConfirmed")}</p> : state.blocked ? <p className="alert error">{t(`errors.${state.blocked}` as "errors.other")}</p> : (
        <form action={run} className="stack">
          <input type="hidden" name="version" value={state.version} />
          {state.suggested ? <p className="muted small">{t("suggested")}</p> : null}
          <label>
            {t("publicTitle")}
            <input name="publicTitle" value={publicTitle} onChange={(e) => setPublicTitle(e.target.value)} maxLength={200} required data-testid="public-title" />
          </label>
          <label>
            {t("publicSummary")}
            <textarea name="publicSummary" value={publicSummary} onChange={(e) => setPublicSummary(e.target.value)} maxLength={2000} rows={4} data-testid="public-summary" />
          </label>
          <p className="muted small">{t("hint")}</p>
          <PublicationOutcome result={result} success={t("publishedOk")} />
          <button className="button" type="submit" disabled={pending} data-testid="publish-report">
            {state.published ? t("republish") : t("publish")}
          </button>
        </form>
      )}
      {canPublish && state.published ? (
        <form action={runUnpublish} className="inline-form">
          <button className="button secondary" type="submit" disabled={unpublishing} data-testid="unpublish-report">{t("unpublish")}</button>
          <PublicationOutcome result={unpublished} success={t("unpublishedOk")} />
        </form>
      ) : null}
    </div>
  );
}
