"use server";

import { toActionError } from "@/lib/action-result";
import { acknowledgeByLink } from "@/lib/escalation/acknowledge-by-link";
import { AlreadyAcknowledgedError } from "@/lib/escalation/record-acknowledgement";
import type { AcknowledgeActionResult } from "@/lib/escalation/action-results";

/** No login: the signed link is the credential (checked by the domain function). */
export async function acknowledgeByLinkAction(token: string, _previous: AcknowledgeActionResult | null, data: FormData): Promise<AcknowledgeActionResult> {
  try {
    await acknowledgeByLink(token, { preset: String(data.get("preset") ?? "") || null, text: String(data.get("text") ?? ""), name: String(data.get("name") ?? "") });
    return { ok: true };
  } catch (error) {
    if (error instanceof AlreadyAcknowledgedError) return { ok: false, error: "escalation_already_acknowledged", first: { by: error.first.acknowledgedByName, at: error.first.acknowledgedAt?.toISOString() ?? null, answer: error.first.answer } };
    return toActionError(error);
  }
}
