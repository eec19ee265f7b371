"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { AcknowledgeActionResult } from "@/lib/escalation/action-results";
import type { EscalationView } from "@/lib/escalation/list-escalations";
import { AcknowledgeForm } from "./acknowledge-form";
import { ElapsedTimer } from "./elapsed-timer";
import styles from "./escalation.module.css";

type Acknowledge = (activationId: string, escalationId: string, previous: AcknowledgeActionResult | null, data: FormData) => Promise<AcknowledgeActionResult>;

/** One escalation: waiting (highlighted, running timer, re-notifications) or acknowledged (who, when, answer). */
export function EscalationItem({ activationId, escalation, acknowledge, showReport = true }: { activationId: string; escalation: EscalationView; acknowledge?: Acknowledge; showReport?: boolean }) {
  const t = useTranslations("escalations");
  const format = useFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "medium" });
  const open = escalation.status === "OPEN";
  return (
    <li className={`${styles.item} ${open ? styles.open : styles.acknowledged}`} data-testid="escalation-item" data-status={escalation.status}>
      <div>
        <span className={open ? "badge urgent" : "badge on"} data-testid="escalation-status">{t(`status.${escalation.status}`)}</span>{" "}
        {showReport ? <Link href={`/activations/${activationId}/reports/${escalation.reportId}`}><strong>{escalation.reportTitle}</strong></Link> : null}
        <span className="muted small"> · {escalation.categoryLabel}{escalation.placeName ? ` · 📍 ${escalation.placeName}` : ""}</span>
      </div>
      <p style={{ margin: "0.3rem 0" }}>« {escalation.message} »</p>
      <div className="muted small">
        {t("raisedBy", { name: escalation.createdByName ?? "?", at: when(escalation.createdAt) })}
        {escalation.notifyCount > 1 ? ` · ${t("renotified", { count: escalation.notifyCount - 1 })}` : ""}
        {" · "}
        {t(`email.${escalation.emailState}` as "email.none")}
      </div>
      {open ? (
        <div>
          {t("waitingFor")} <ElapsedTimer since={escalation.createdAt} />
        </div>
      ) : (
        <div data-testid="escalation-acknowledgement">
          <strong>{t("acknowledgedBy", { name: escalation.acknowledgedByName ?? "?", at: escalation.acknowledgedAt ? when(escalation.acknowledgedAt) : "?" })}</strong>
          {escalation.answer ? <> — <span data-testid="escalation-answer">{escalation.answer}</span></> : null}
        </div>
      )}
      {open && acknowledge ? <AcknowledgeForm action={acknowledge.bind(null, activationId, escalation.id)} /> : null}
    </li>
  );
}
