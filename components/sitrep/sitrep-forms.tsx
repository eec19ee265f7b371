"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";

type Action = (previous: ActionResult | null, data: FormData) => Promise<ActionResult>;
const OWN_ERRORS = new Set(["sitrep_in_future", "sitrep_changed", "coordinators_only"]);

function ErrorLine({ result }: { result: ActionResult | null }) {
  const t = useTranslations("sitrep");
  if (!result || result.ok) return null;
  return <p className="alert error" role="alert">{OWN_ERRORS.has(result.error) ? t(`errors.${result.error}` as "errors.sitrep_changed") : t("errors.generic")}</p>;
}

/** Generates a situation report now or as of a past moment (its figures are frozen then). */
export function CreateSitrepForm({ action, timeZone }: { action: Action; timeZone: string }) {
  const t = useTranslations("sitrep");
  const [result, run, pending] = useActionState(action, null);
  return (
    <form action={run} className="stack" data-testid="create-sitrep">
      <ErrorLine result={result} />
      <label>
        {t("asOf")}
        <input type="datetime-local" name="asOf" />
        <span className="small muted">{t("asOfHint")} {t("asOfZone", { zone: timeZone })}</span>
      </label>
      <label>
        {t("summary")}
        <textarea name="summary" rows={4} maxLength={10000} placeholder={t("summaryPlaceholder")} />
      </label>
      <button className="button" type="submit" disabled={pending}>{pending ? t("generating") : t("generate")}</button>
    </form>
  );
}

/** Edits the summary; the report keeps its number and frozen figures. */
export function SitrepSummaryForm({ action, summary, since }: { action: Action; summary: string; since: string }) {
  const t = useTranslations("sitrep");
  const [result, run, pending] = useActionState(action, null);
  return (
    <form action={run} className="stack" data-testid="sitrep-summary-form">
      {result?.ok ? <p className="alert ok" role="status">{t("saved")}</p> : null}
      <ErrorLine result={result} />
      <input type="hidden" name="since" value={since} />
      <label>
        {t("summary")}
        <textarea name="summary" rows={6} maxLength={10000} defaultValue={summary} key={since} />
      </label>
      <button className="button" type="submit" disabled={pending}>{t("saveSummary")}</button>
    </form>
  );
}
