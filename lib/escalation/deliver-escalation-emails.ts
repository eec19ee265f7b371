import { clock } from "../clock";
import { mutate } from "../db/mutate";
import { loadEscalationFacts } from "./escalation-facts";
import { composeEscalationEmail } from "./escalation-email";
import { readMailConfig } from "./mail-config";
import { sendMail } from "./mail-transport";
import { LINK_VALIDITY_MS, linkSecret, signAcknowledgeLink } from "./signed-link";

export type DeliveryOutcome = { sent: string[]; failed: string[] } | null;

/**
 * Sends this round's e-mail of an escalation to each on-duty address still
 * pending, one message per address (each link is signed for its address).
 * The pending list is claimed in a transaction first, so the escalation's own
 * send and the job's retry never both send. What failed stays pending and is
 * recorded (audit `escalation.email`, a log line); the re-notify job retries
 * it. Never throws: mail trouble must not break anything else.
 */
export function deliverEscalationEmails(escalationId: string): Promise<DeliveryOutcome> {
  const running = deliver(escalationId).catch((error: unknown) => {
    console.error(`[escalation] e-mail delivery of ${escalationId} failed`, error);
    return null;
  });
  inFlight().add(running);
  void running.finally(() => inFlight().delete(running));
  return running;
}

// Sends started after a commit and not awaited by their caller, so that shutdown and tests can wait for them.
const holder = globalThis as unknown as { __vigieEscalationMail?: Set<Promise<DeliveryOutcome>> };
const inFlight = () => (holder.__vigieEscalationMail ??= new Set());

/** Resolves once every e-mail send under way has finished (tests, graceful shutdown). */
export async function escalationEmailsSettled(): Promise<void> {
  while (inFlight().size) await Promise.all([...inFlight()]);
}

async function deliver(escalationId: string): Promise<DeliveryOutcome> {
  const config = readMailConfig();
  const claimed = await mutate(null, async ({ tx }) => {
    const rows = await tx.$queryRaw<{ emailPendingTo: string[] }[]>`
      SELECT "emailPendingTo" FROM "Escalation"
      WHERE id = ${escalationId}::uuid AND status = 'OPEN' AND "emailState" IN ('pending', 'failed')
      FOR UPDATE`;
    const pending = rows[0]?.emailPendingTo ?? [];
    if (pending.length === 0) return null;
    if (!config) {
      await tx.escalation.update({ where: { id: escalationId }, data: { emailState: "off", emailPendingTo: [] } });
      return null;
    }
    await tx.escalation.update({
      where: { id: escalationId },
      data: { emailState: "sending", emailPendingTo: [], emailAttempts: { increment: 1 }, emailLastAttemptAt: clock().now() },
    });
    const facts = await loadEscalationFacts(tx, escalationId);
    return { pending, facts };
  });
  if (!claimed || !config) return null;
  const { pending, facts } = claimed;
  const sent: string[] = [];
  const failed: string[] = [];
  let lastError: string | null = null;
  for (const address of pending) {
    const token = signAcknowledgeLink({ escalationId, address, expiresAt: new Date(clock().now().getTime() + LINK_VALIDITY_MS) }, linkSecret());
    const mail = composeEscalationEmail(address, {
      activationName: facts.escalation.activation.name,
      reportTitle: facts.escalation.report.title,
      categoryLabel: facts.categoryLabel,
      placeName: facts.escalation.report.placeName,
      message: facts.escalation.message,
      escalatedAt: facts.escalation.createdAt,
      timeZone: facts.escalation.activation.timeZone,
      notifyCount: facts.escalation.notifyCount,
      acknowledgeUrl: `${config.publicUrl}/acknowledge/${token}`,
    });
    try {
      await sendMail(config, mail);
      sent.push(address);
    } catch (error) {
      failed.push(address);
      lastError = error instanceof Error ? error.message : String(error);
      console.error(`[escalation] e-mail to ${address} for escalation ${escalationId} failed: ${lastError}`);
    }
  }
  await mutate(null, async ({ tx, audit, emitToActivation }) => {
    // A re-notification may have queued a new round meanwhile: keep its addresses too.
    const current = await tx.escalation.findUniqueOrThrow({ where: { id: escalationId }, select: { emailPendingTo: true, emailState: true, status: true, reportId: true, activationId: true } });
    const stillPending = [...new Set([...current.emailPendingTo, ...failed])];
    const state = current.emailState === "pending" ? "pending" : failed.length ? "failed" : "sent";
    await tx.escalation.update({ where: { id: escalationId }, data: { emailState: state, emailPendingTo: current.status === "OPEN" ? stillPending : [], emailError: lastError } });
    await audit({ action: "escalation.email", entity: "Escalation", entityId: escalationId, activationId: current.activationId, after: { sent: sent.length, failedTo: failed, error: lastError } });
    await emitToActivation(current.activationId, "escalation:changed", { escalationId, reportId: current.reportId, status: current.status });
  });
  return { sent, failed };
}
