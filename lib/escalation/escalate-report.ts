import { requireActivationCapability } from "../activation/get-activation-access";
import type { SessionUser } from "../auth/session-user";
import { clock } from "../clock";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { onlineUsers } from "../realtime/online-users";
import { listAuthorityRecipients } from "./authority-recipients";
import { deliverEscalationEmails } from "./deliver-escalation-emails";
import { loadEscalationFacts } from "./escalation-facts";
import { readMailConfig } from "./mail-config";
import { escalateReportSchema } from "./schemas";

export type EmailOutcome = "pending" | "off" | "no_address";
export type EscalateResult = { escalationId: string; authoritiesOnline: number; email: EmailOutcome; emailRecipients: number };

/**
 * A volunteer or coordinator escalates a report to the authority: one open
 * escalation per report (a second attempt while it is open is refused), the
 * report is flagged, every authority user who may read the activation gets an
 * alert on their open sockets, and the on-duty addresses get an e-mail after
 * COMMIT — sending never delays nor undoes the escalation; failures are
 * retried by the re-notify job. Returns how many authority users are online.
 */
export async function escalateReport(actor: SessionUser, activationId: string, reportId: string, input: unknown): Promise<EscalateResult> {
  await requireActivationCapability(actor, activationId, "triage");
  const { message } = escalateReportSchema.parse(input);
  const mail = readMailConfig();
  const now = clock().now();
  const { escalationId, recipients, email, emailRecipients } = await mutate(actor, async ({ tx, audit, emitToActivation, emitToUser }) => {
    // Flagging the report first locks its row: two volunteers escalating at once are serialised,
    // and the second then sees the first one's open escalation.
    const flagged = await tx.report.updateMany({ where: { id: reportId, activationId, mergedIntoId: null }, data: { escalated: true } });
    if (flagged.count === 0) throw new AppError("NOT_FOUND", "report_not_found");
    const open = await tx.escalation.findFirst({ where: { reportId, status: "OPEN" }, select: { id: true } });
    if (open) throw new AppError("CONFLICT", "escalation_already_open");
    const { onDutyEmails, status } = await tx.activation.findUniqueOrThrow({ where: { id: activationId }, select: { onDutyEmails: true, status: true } });
    // A closed watch has no crisis cell waiting on it any more.
    if (status !== "ACTIVE" && status !== "PAUSED") throw new AppError("INVALID_INPUT", "escalation_activation_not_running");
    const email: EmailOutcome = !mail ? "off" : onDutyEmails.length ? "pending" : "no_address";
    const created = await tx.escalation.create({
      data: {
        activationId,
        reportId,
        message,
        createdById: actor.id,
        createdAt: now,
        lastNotifiedAt: now,
        emailState: email,
        emailPendingTo: email === "pending" ? onDutyEmails : [],
      },
      select: { id: true },
    });
    await audit({ action: "escalation.create", entity: "Escalation", entityId: created.id, activationId, after: { reportId, message, onDutyEmails: email === "pending" ? onDutyEmails.length : 0 } });
    await emitToActivation(activationId, "escalation:changed", { escalationId: created.id, reportId, status: "OPEN" });
    const recipients = await listAuthorityRecipients(tx, activationId);
    const { alert } = await loadEscalationFacts(tx, created.id);
    for (const userId of recipients) emitToUser(userId, "escalation:alert", alert);
    return { escalationId: created.id, recipients, email, emailRecipients: email === "pending" ? onDutyEmails.length : 0 };
  });
  if (email === "off") console.info(`[escalation] e-mail is off (VIGIE_SMTP_URL is not set): escalation ${escalationId} was not e-mailed`);
  if (email === "pending") void deliverEscalationEmails(escalationId);
  const authoritiesOnline = (await onlineUsers(recipients)).length;
  return { escalationId, authoritiesOnline, email, emailRecipients };
}
