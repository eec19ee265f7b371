"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";

const OWN_ERRORS = new Set(["entry_too_short", "entry_in_future", "log_writers_only"]);

/** A manual entry of the event log (a phone call, a decision of the crisis cell). */
export function LogEntryForm({ action }: { action: (previous: ActionResult | null, data: FormData) => Promise<ActionResult> }) {
  const t = useTranslations("eventLog");
  const [result, run, pending] = useActionState(action, null);
  const error = result && !result.ok ? (Object.values(result.fieldErrors ?? {})[0] ?? result.error) : null;
  return (
    <form action={run} className="stack" data-testid="log-entry-form">
      {result?.ok ? <p className="alert ok" role="status">{t("saved")}</p> : null}
      {error ? <p className="alert error" role="alert">{OWN_ERRORS.has(error) ? t(`errors.${error}` as "errors.entry_too_short") : t("errors.generic")}</p> : null}
      <label>
        {t("entryLabel")}
        <textarea name="text" rows={3} required minLength={3} maxLength={2000} placeholder={t("entryPlaceholder")} />
      </label>
      <button className="button" type="submit" disabled={pending}>{t("add")}</button>
    </form>
  );
}
