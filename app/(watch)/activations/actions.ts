"use server";

import { redirect } from "next/navigation";
import { toActionError, type ActionResult } from "@/lib/action-result";
import { createActivation } from "@/lib/activation/create-activation";
import { requireUser } from "@/lib/auth/guards";

export async function createActivationAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  let created: { id: string };
  try {
    const actor = await requireUser();
    const payload: unknown = JSON.parse(String(data.get("payload") ?? "null"));
    created = await createActivation(actor, payload);
  } catch (error) {
    if (error instanceof SyntaxError) return { ok: false, error: "INVALID_INPUT" };
    return toActionError(error);
  }
  // Straight on to staffing the new watch.
  redirect(`/activations/${created.id}/team?created=1`);
}
