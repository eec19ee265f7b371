"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { EscalateActionResult } from "@/lib/escalation/action-results";
import { useEscalationError } from "./use-escalation-error";

type Action = (previous: EscalateActionResult | null, data: FormData) => Promise<EscalateActionResult>;

/**
 * Escalates the report to the authority with a short message, and says what
 * happened: how many authority users saw it live, and whether the on-duty
 * e-mail left (or why not).
 */
export function EscalateForm({ action, hasOpen }: { action: Action; hasOpen: boolean }) {
  const t = useTranslations("escalations");
  const errorText = useEscalationError();
  const [result, run, pending] = useActionState(action, null);
  // Stays mounted once the escalation is open (the page refreshes), so its outcome stays on screen.
  const outcome = result?.ok ? <EscalateOutcome result={result} /> : null;
  if (hasOpen) return outcome;
  return (
    <form action={run} className="stack" data-testid="escalate-form">
      {outcome}
      {result && !result.ok ? <p className="alert error" role="alert">{errorText(result)}</p> : null}
      <label>
        {t("messageLabel")}
        <textarea name="message" rows={3} maxLength={500} required placeholder={t("messagePlaceholder")} />
      </label>
      <button className="button danger" type="submit" disabled={pending}>
        {t("escalate")}
      </button>
    </form>
  );
}

function EscalateOutcome({ result }: { result: EscalateActionResult }) {
  const t = useTranslations("escalations");
  const online = result.authoritiesOnline ?? 0;
  const email = result.email === "pending" ? t("emailSending", { count: result.emailRecipients ?? 0 }) : result.email === "off" ? t("emailOff") : t("emailNoAddress");
  return (
    <p className={online ? "alert ok" : "alert error"} role="status" data-testid="escalate-outcome">
      {online ? t("sentOnline", { count: online }) : t("nobodyOnline")} {email}
    </p>
  );
}
