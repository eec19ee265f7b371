"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import type { AcknowledgeActionResult } from "@/lib/escalation/action-results";
import { ANSWER_PRESETS } from "@/lib/escalation/answer-presets";
import styles from "./escalation.module.css";
import { useEscalationError } from "./use-escalation-error";

type Action = (previous: AcknowledgeActionResult | null, data: FormData) => Promise<AcknowledgeActionResult>;

/** The authority's acknowledgement: a preset answer and/or free text (and, from the e-mail link, a name). */
export function AcknowledgeForm({ action, withName = false, onDone }: { action: Action; withName?: boolean; onDone?: () => void }) {
  const t = useTranslations("escalations");
  const format = useFormatter();
  const errorText = useEscalationError();
  const [result, run, pending] = useActionState(async (previous: AcknowledgeActionResult | null, data: FormData) => {
    const outcome = await action(previous, data);
    if (outcome.ok) onDone?.();
    return outcome;
  }, null);
  if (result?.ok) return <p className="alert ok" role="status" data-testid="acknowledge-done">{t("acknowledgedThanks")}</p>;
  return (
    <form action={run} className="stack" data-testid="acknowledge-form">
      {result && !result.ok ? (
        <p className="alert error" role="alert">
          {errorText(result)}
          {result.first ? ` ${t("firstAcknowledgement", { by: result.first.by ?? "?", at: result.first.at ? format.dateTime(new Date(result.first.at), { dateStyle: "short", timeStyle: "medium" }) : "?" })}` : null}
        </p>
      ) : null}
      <fieldset className={styles.presets}>
        <legend>{t("answerPreset")}</legend>
        {ANSWER_PRESETS.map((preset) => (
          <label key={preset}>
            <input type="radio" name="preset" value={preset} /> {t(`presets.${preset}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t("answerText")}
        <textarea name="text" rows={2} maxLength={500} />
      </label>
      {withName ? (
        <label>
          {t("yourName")}
          <input name="name" maxLength={120} autoComplete="name" />
        </label>
      ) : null}
      <button className="button danger" type="submit" disabled={pending}>
        {t("acknowledge")}
      </button>
    </form>
  );
}
