"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { useEscalationError } from "./use-escalation-error";

/** The activation's on-duty addresses (one per line) and the re-notify delay; says when e-mail is off on this server. */
export function EscalationSettings({ initial, mailConfigured, action }: { initial: { onDutyEmails: string[]; escalationRenotifyMinutes: number }; mailConfigured: boolean; action: (previous: ActionResult | null, data: FormData) => Promise<ActionResult> }) {
  const t = useTranslations("escalations");
  const errorText = useEscalationError();
  const [result, run, pending] = useActionState(action, null);
  return (
    <section className="panel" style={{ marginTop: "1rem" }} data-testid="escalation-settings">
      <h2>{t("settingsTitle")}</h2>
      {!mailConfigured ? <p className="alert info">{t("mailOffNotice")}</p> : null}
      <form action={run} className="stack">
        {result?.ok ? <p className="alert ok" role="status">{t("settingsSaved")}</p> : null}
        {result && !result.ok ? <p className="alert error" role="alert">{errorText(result)}</p> : null}
        <label>
          {t("onDutyEmails")}
          <textarea name="onDutyEmails" rows={3} defaultValue={initial.onDutyEmails.join("\n")} placeholder="astreinte@prefecture.gouv.fr" />
        </label>
        <label>
          {t("renotifyMinutes")}
          <input name="escalationRenotifyMinutes" type="number" min={1} max={1440} defaultValue={initial.escalationRenotifyMinutes} required />
        </label>
        <button className="button" type="submit" disabled={pending}>
          {t("saveSettings")}
        </button>
      </form>
    </section>
  );
}
