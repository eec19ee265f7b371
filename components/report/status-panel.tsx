"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import { FormStatus } from "../ui/form-status";

type Review = { id: string; requestedStatus: string; requestedBy: { id: string; name: string } | null } | null;
type Props = {
  status: string;
  review: Review;
  currentUserId: string;
  canTriage: boolean;
  canOverride: boolean;
  requestStatus: (status: string) => Promise<ActionResult>;
  decide: (previous: ActionResult | null, data: FormData) => Promise<ActionResult>;
};

/**
 * The report's status and the two-person rule: CONFIRMED and FALSE are asked
 * for, then agreed by a second volunteer (never the one who asked); a
 * coordinator may settle alone with a written reason.
 */
export function StatusPanel({ status, review, currentUserId, canTriage, canOverride, requestStatus, decide }: Props) {
  const t = useTranslations("reports");
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, start] = useTransition();
  const [decided, runDecide, deciding] = useActionState(decide, null);
  const ask = (next: string) => start(async () => setResult(await requestStatus(next)));
  const mine = review?.requestedBy?.id === currentUserId;
  return (
    <div className="stack" data-testid="status-panel">
      <p>
        {t("status")} : <span className={`badge status-${status}`} data-testid="report-status">{t(`statuses.${status}` as "statuses.NEW")}</span>
      </p>
      <FormStatus result={result} />
      {canTriage ? (
        <div className="feed-bar">
          {["IN_VERIFICATION", "CONFIRMED", "FALSE", "UNCONFIRMABLE"]
            .filter((next) => next !== status)
            .map((next) => (
              <button key={next} className="button secondary" disabled={pending} onClick={() => ask(next)}>
                {t(`ask.${next}` as "ask.CONFIRMED")}
              </button>
            ))}
        </div>
      ) : null}
      {review ? (
        <div className="panel" data-testid="pending-review">
          <p>{t("pendingReview", { status: t(`statuses.${review.requestedStatus}` as "statuses.NEW"), name: review.requestedBy?.name ?? "?" })}</p>
          <FormStatus result={decided} />
          {canTriage && !mine ? (
            <form action={runDecide} className="feed-bar">
              <button className="button" name="decision" value="agreed" disabled={deciding}>
                {t("agree")}
              </button>
              <button className="button secondary" name="decision" value="declined" disabled={deciding}>
                {t("decline")}
              </button>
            </form>
          ) : canTriage ? (
            <p className="muted small">{t("waitingSecond")}</p>
          ) : null}
          {canOverride ? (
            <form action={runDecide} className="stack">
              <input type="hidden" name="decision" value="overridden" />
              <label>
                {t("overrideReason")}
                <input name="reason" minLength={5} required />
              </label>
              <button className="button secondary" disabled={deciding}>
                {t("override")}
              </button>
            </form>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
