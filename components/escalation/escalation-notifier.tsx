import type { SessionUser } from "@/lib/auth/session-user";
import type { AcknowledgeActionResult } from "@/lib/escalation/action-results";
import { listOpenAlertsForAuthority } from "@/lib/escalation/list-open-alerts";
import { EscalationAlarm } from "./escalation-alarm";

type Acknowledge = (activationId: string, escalationId: string, previous: AcknowledgeActionResult | null, data: FormData) => Promise<AcknowledgeActionResult>;

/** Mounted in the watch layout: authority users get the escalation alarm, with what is still open when they arrive. */
export async function EscalationNotifier({ user, acknowledge }: { user: SessionUser; acknowledge: Acknowledge }) {
  if (user.role !== "AUTHORITY") return null;
  return <EscalationAlarm initial={await listOpenAlertsForAuthority(user)} acknowledge={acknowledge} />;
}
