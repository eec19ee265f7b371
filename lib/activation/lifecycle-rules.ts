import type { ActivationStatus } from "../db/generated/enums";

/**
 * DRAFT → ACTIVE ⇄ PAUSED → CLOSED → ARCHIVED. A draft can be closed without
 * ever running (a request withdrawn before activation).
 */
const ALLOWED: Record<ActivationStatus, ActivationStatus[]> = {
  DRAFT: ["ACTIVE", "CLOSED"],
  ACTIVE: ["PAUSED", "CLOSED"],
  PAUSED: ["ACTIVE", "CLOSED"],
  CLOSED: ["ARCHIVED"],
  ARCHIVED: [],
};

export type TransitionRefusal = "same_status" | "already_closed" | "already_archived" | "invalid_transition" | "keywords_required" | "reason_required";

export type TransitionFacts = { from: ActivationStatus; to: ActivationStatus; keywordCount: number; reason: string | null };

/** Why a status change is refused, or null when it is allowed. */
export function refuseTransition(facts: TransitionFacts): TransitionRefusal | null {
  const { from, to } = facts;
  if (from === to) return to === "CLOSED" ? "already_closed" : to === "ARCHIVED" ? "already_archived" : "same_status";
  if (from === "ARCHIVED") return "already_archived";
  if (from === "CLOSED" && to !== "ARCHIVED") return "already_closed";
  if (!ALLOWED[from].includes(to)) return "invalid_transition";
  // A watch with nothing to look for would ingest nothing, or everything.
  if (to === "ACTIVE" && facts.keywordCount === 0) return "keywords_required";
  // Closing and pausing are decisions the crisis cell may ask about later.
  if ((to === "CLOSED" || to === "PAUSED") && !facts.reason?.trim()) return "reason_required";
  return null;
}

export function nextStatuses(from: ActivationStatus): ActivationStatus[] {
  return ALLOWED[from];
}

