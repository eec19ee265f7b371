import { clock } from "../clock";
import { db } from "../db/client";
import { mutate } from "../db/mutate";
import { listAuthorityRecipients } from "./authority-recipients";
import { deliverEscalationEmails } from "./deliver-escalation-emails";
import { loadEscalationFacts } from "./escalation-facts";
import { readMailConfig } from "./mail-config";

// A send that never reported back (process killed mid-send) is retried after this long.
const STUCK_SENDING_MS = 5 * 60_000;
// Failed e-mails are retried after attempts × this, at most every RETRY_MAX_MS.
const RETRY_STEP_MS = 60_000;
const RETRY_MAX_MS = 10 * 60_000;

export type RenotifyReport = { renotified: string[]; retried: string[] };

/**
 * One pass of the escalation watchdog. Every open escalation of a running
 * activation that nobody acknowledged within the activation's
 * `escalationRenotifyMinutes` is notified again: the authority users' alert
 * comes back, the on-duty addresses get the e-mail again, `notifyCount` and
 * `lastNotifiedAt` move on (audit `escalation.renotify`). E-mails that failed
 * are retried with a growing delay. `now` is a parameter so tests move time
 * instead of sleeping. Awaits the e-mails it sends.
 */
export async function renotifyEscalations(options: { now?: Date } = {}): Promise<RenotifyReport> {
  const now = options.now ?? clock().now();
  const due = await db().$queryRaw<{ id: string; lastNotifiedAt: Date }[]>`
    SELECT e.id, e."lastNotifiedAt" FROM "Escalation" e JOIN "Activation" a ON a.id = e."activationId"
    WHERE e.status = 'OPEN' AND a.status IN ('ACTIVE', 'PAUSED')
      AND e."lastNotifiedAt" + make_interval(mins => a."escalationRenotifyMinutes") <= ${now}
    ORDER BY e."createdAt"`;
  const renotified: string[] = [];
  for (const row of due) if (await renotifyOne(row.id, row.lastNotifiedAt, now)) renotified.push(row.id);

  const retryable = await db().$queryRaw<{ id: string }[]>`
    SELECT id FROM "Escalation"
    WHERE status = 'OPEN' AND (
      ("emailState" = 'failed' AND "emailLastAttemptAt" + LEAST(${RETRY_MAX_MS}::int, GREATEST("emailAttempts", 1) * ${RETRY_STEP_MS}::int) * interval '1 millisecond' <= ${now})
      OR ("emailState" = 'sending' AND "emailLastAttemptAt" <= ${new Date(now.getTime() - STUCK_SENDING_MS)})
      OR ("emailState" = 'pending' AND id <> ALL(${renotified}::uuid[]))
    )`;
  const retried: string[] = [];
  for (const { id } of retryable) {
    // A send that never reported back left no list of who got it (the claim emptied it): for an
    // urgent alert a second e-mail beats none, so every on-duty address is asked again.
    await db().$executeRaw`
      UPDATE "Escalation" e SET "emailState" = 'failed',
        "emailPendingTo" = ARRAY(SELECT DISTINCT unnest(e."emailPendingTo" || a."onDutyEmails"))
      FROM "Activation" a WHERE a.id = e."activationId" AND e.id = ${id}::uuid AND e."emailState" = 'sending'`;
    retried.push(id);
  }
  await Promise.all([...renotified, ...retried].map((id) => deliverEscalationEmails(id)));
  return { renotified, retried };
}

async function renotifyOne(escalationId: string, lastNotifiedAt: Date, now: Date): Promise<boolean> {
  const mail = readMailConfig();
  return mutate(null, async ({ tx, audit, emitToActivation, emitToUser }) => {
    const escalation = await tx.escalation.findUniqueOrThrow({ where: { id: escalationId }, select: { activationId: true, reportId: true, notifyCount: true, emailPendingTo: true, activation: { select: { onDutyEmails: true } } } });
    const onDuty = escalation.activation.onDutyEmails;
    const resend = mail !== null && onDuty.length > 0;
    // Conditional on the time read: with several app processes, one pass wins, the others skip.
    const { count } = await tx.escalation.updateMany({
      where: { id: escalationId, status: "OPEN", lastNotifiedAt },
      data: {
        lastNotifiedAt: now,
        notifyCount: { increment: 1 },
        ...(resend ? { emailState: "pending", emailPendingTo: [...new Set([...escalation.emailPendingTo, ...onDuty])] } : {}),
      },
    });
    if (count === 0) return false;
    await audit({ action: "escalation.renotify", entity: "Escalation", entityId: escalationId, activationId: escalation.activationId, after: { notifyCount: escalation.notifyCount + 1, email: resend ? onDuty.length : 0 } });
    await emitToActivation(escalation.activationId, "escalation:changed", { escalationId, reportId: escalation.reportId, status: "OPEN" });
    const { alert } = await loadEscalationFacts(tx, escalationId);
    for (const userId of await listAuthorityRecipients(tx, escalation.activationId)) emitToUser(userId, "escalation:alert", alert);
    return true;
  });
}
