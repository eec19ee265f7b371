"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { ActionButton } from "../ui/action-button";
import { FormStatus } from "../ui/form-status";

type Props = {
  letter: { id: string; sourceName: string | null; reason: string; payload: string; receivedAt: string };
  retry: (previous: ActionResult | null, data: FormData) => Promise<ActionResult>;
  dismiss: (previous: ActionResult | null) => Promise<ActionResult>;
};

/** A payload that failed validation: the reason, the payload (editable), retry after a fix, or dismiss. */
export function DeadLetterRow({ letter, retry, dismiss }: Props) {
  const t = useTranslations("sources");
  const [result, run, pending] = useActionState(retry, null);
  return (
    <details className="panel dead-letter" data-testid="dead-letter">
      <summary>
        <strong>{letter.sourceName ?? "—"}</strong> · {letter.receivedAt} · <span className="field-error">{letter.reason}</span>
      </summary>
      <form action={run} className="stack" style={{ maxWidth: "none" }}>
        <FormStatus result={result} success={t("retried")} />
        <textarea name="payload" rows={8} defaultValue={letter.payload} spellCheck={false} style={{ fontFamily: "monospace" }} />
        <div className="button-row">
          <button className="button" type="submit" disabled={pending}>
            {t("retry")}
          </button>
          <ActionButton action={dismiss} label={t("dismiss")} />
        </div>
      </form>
    </details>
  );
}
