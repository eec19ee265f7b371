import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import type { EscalationAlert } from "../realtime/events";
import { listActivationsForUser } from "../activation/list-activations-for-user";
import { loadEscalationFacts } from "./escalation-facts";

/**
 * The open escalations an authority user must still see when they open Vigie
 * (those raised while they were away): of every running activation they may
 * read now. A closed activation's escalations stay on its pages but no longer
 * sound the alarm (like the re-notification job, which skips them too).
 */
export async function listOpenAlertsForAuthority(user: SessionUser): Promise<EscalationAlert[]> {
  if (user.role !== "AUTHORITY") return [];
  const activations = (await listActivationsForUser(user)).filter((activation) => activation.status === "ACTIVE" || activation.status === "PAUSED");
  if (activations.length === 0) return [];
  const open = await db().escalation.findMany({
    where: { status: "OPEN", activationId: { in: activations.map((a) => a.id) } },
    orderBy: { createdAt: "asc" },
    take: 50,
    select: { id: true },
  });
  return Promise.all(open.map(async ({ id }) => (await loadEscalationFacts(db(), id)).alert));
}
