"use server";

import { revalidatePath } from "next/cache";
import { toActionError, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { addLogEntry } from "@/lib/eventlog/add-log-entry";

export async function addLogEntryAction(activationId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    await addLogEntry(await requireUser(), activationId, { text: String(data.get("text") ?? "") });
    revalidatePath(`/activations/${activationId}/log`);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}
