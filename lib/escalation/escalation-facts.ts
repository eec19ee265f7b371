import type { ReportCategory } from "../activation/hazard-template-types";
import type { Db, Tx } from "../db/client";
import type { EscalationAlert } from "../realtime/events";

/**
 * One escalation with what the notifications show of it: the report's title,
 * category label and place, the activation's name, time zone and on-duty
 * addresses. Nothing of the posts behind the report.
 */
export async function loadEscalationFacts(tx: Tx | Db, escalationId: string) {
  const escalation = await tx.escalation.findUniqueOrThrow({
    where: { id: escalationId },
    include: {
      report: { select: { id: true, title: true, category: true, placeName: true } },
      activation: { select: { id: true, name: true, timeZone: true, status: true, onDutyEmails: true, reportCategories: true } },
      createdBy: { select: { name: true } },
    },
  });
  const categories = escalation.activation.reportCategories as ReportCategory[];
  const categoryLabel = categories.find((c) => c.code === escalation.report.category)?.label.fr ?? escalation.report.category;
  const alert: EscalationAlert = {
    escalationId: escalation.id,
    activationId: escalation.activationId,
    activationName: escalation.activation.name,
    reportId: escalation.reportId,
    reportTitle: escalation.report.title,
    categoryLabel,
    placeName: escalation.report.placeName,
    message: escalation.message,
    createdAt: escalation.createdAt.toISOString(),
    createdByName: escalation.createdBy?.name ?? null,
    notifyCount: escalation.notifyCount,
    status: escalation.status,
    acknowledgedByName: escalation.acknowledgedByName,
  };
  return { escalation, alert, categoryLabel };
}

export type EscalationFacts = Awaited<ReturnType<typeof loadEscalationFacts>>;
