import type { ActionResult } from "../action-result";
import type { EmailOutcome } from "./escalate-report";

/** What the escalation actions return to their forms (shared by app actions and components). */
export type EscalateActionResult = ActionResult & { authoritiesOnline?: number; email?: EmailOutcome; emailRecipients?: number };
/** A refused second acknowledgement carries who answered first, and when. */
export type AcknowledgeActionResult = ActionResult & { first?: { by: string | null; at: string | null; answer: string | null } };
