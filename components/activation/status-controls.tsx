"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { FormStatus } from "../ui/form-status";

type Props = { next: string[]; action: (previous: ActionResult | null, data: FormData) => Promise<ActionResult> };

// Pausing and closing are decisions the crisis cell may ask about: they need a reason.
const NEEDS_REASON = ["PAUSED", "CLOSED"];

/** The lifecycle buttons a coordinator may use from the current status. */
export function StatusControls({ next, action }: Props) {
  const t = useTranslations("lifecycle");
  const [result, run, pending] = useActionState(action, null);
  const [to, setTo] = useState<string | null>(null);
  if (next.length === 0) return <p className="muted">{t("final")}</p>;
  return (
    <div>
      <FormStatus result={result} success={result?.ok && result.message ? t(`done.${result.message}` as "done.status_ACTIVE") : undefined} />
      <div className="button-row">
        {next.map((status) =>
          NEEDS_REASON.includes(status) ? (
            <button key={status} type="button" className="button secondary" onClick={() => setTo(status)}>
              {t(`to.${status}` as "to.ACTIVE")}
            </button>
          ) : (
            <form key={status} action={run}>
              <input type="hidden" name="to" value={status} />
              <button className="button" type="submit" disabled={pending}>
                {t(`to.${status}` as "to.ACTIVE")}
              </button>
            </form>
          ),
        )}
      </div>
      {to ? (
        <form action={(data) => { run(data); setTo(null); }} className="stack" style={{ marginTop: "0.75rem" }}>
          <input type="hidden" name="to" value={to} />
          <label>
            {t("reason")}
            <textarea name="reason" rows={2} required />
          </label>
          <div className="button-row">
            <button className="button danger" type="submit" disabled={pending}>
              {t(`confirm.${to}` as "confirm.CLOSED")}
            </button>
            <button className="button secondary" type="button" onClick={() => setTo(null)}>
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
