import { clock } from "../clock";
import { db } from "../db/client";
import { loadEscalationFacts } from "./escalation-facts";
import { linkSecret, verifyAcknowledgeLink } from "./signed-link";

export type LinkEscalation =
  | { ok: false; reason: "invalid" | "expired" }
  | {
      ok: true;
      address: string;
      activationName: string;
      timeZone: string;
      reportTitle: string;
      categoryLabel: string;
      placeName: string | null;
      message: string;
      createdAt: Date;
      status: "OPEN" | "ACKNOWLEDGED";
      acknowledgedByName: string | null;
      acknowledgedAt: Date | null;
      answer: string | null;
    };

/** What the no-login acknowledgement page shows for a link: the same facts as the e-mail, and the state. */
export async function getLinkEscalation(token: string): Promise<LinkEscalation> {
  const check = verifyAcknowledgeLink(token, linkSecret(), clock().now());
  if (!check.ok) return check;
  const exists = await db().escalation.findUnique({ where: { id: check.claims.escalationId }, select: { id: true } });
  if (!exists) return { ok: false, reason: "invalid" };
  const { escalation, categoryLabel } = await loadEscalationFacts(db(), check.claims.escalationId);
  return {
    ok: true,
    address: check.claims.address,
    activationName: escalation.activation.name,
    timeZone: escalation.activation.timeZone,
    reportTitle: escalation.report.title,
    categoryLabel,
    placeName: escalation.report.placeName,
    message: escalation.message,
    createdAt: escalation.createdAt,
    status: escalation.status,
    acknowledgedByName: escalation.acknowledgedByName,
    acknowledgedAt: escalation.acknowledgedAt,
    answer: escalation.answer,
  };
}
