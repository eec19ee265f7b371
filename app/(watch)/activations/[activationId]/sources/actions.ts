"use server";

import { revalidatePath } from "next/cache";
import { toActionError, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { createSource } from "@/lib/ingest/create-source";
import { dismissDeadLetter } from "@/lib/ingest/dismiss-dead-letter";
import { retryDeadLetter } from "@/lib/ingest/retry-dead-letter";
import { setSourceEnabled } from "@/lib/ingest/set-source-enabled";
import { testSource, type SourceTestResult } from "@/lib/ingest/test-source";
import { updateSource } from "@/lib/ingest/update-source";

export async function createSourceAction(activationId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    const actor = await requireUser();
    const { secret } = await createSource(actor, activationId, formValues(data));
    revalidatePath(`/activations/${activationId}/sources`);
    // The webhook's key is shown once, in this response only.
    return { ok: true, message: secret ?? undefined };
  } catch (error) {
    return toActionError(error);
  }
}

/**
 * The form's fields as one object; a repeated name keeps its last value, which
 * lets a checkbox follow a hidden "off" field and be read as on or off.
 */
function formValues(data: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of data.entries()) if (typeof value === "string") values[key] = value;
  return values;
}

export async function setSourceEnabledAction(activationId: string, sourceId: string, enabled: boolean, _previous: ActionResult | null): Promise<ActionResult> {
  try {
    const actor = await requireUser();
    await setSourceEnabled(actor, activationId, sourceId, enabled);
    revalidatePath(`/activations/${activationId}/sources`);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}

export async function retryDeadLetterAction(activationId: string, deadLetterId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    const actor = await requireUser();
    const result = await retryDeadLetter(actor, activationId, deadLetterId, String(data.get("payload") ?? ""));
    revalidatePath(`/activations/${activationId}/sources`);
    return result.ok ? { ok: true } : { ok: false, error: "dead_letter_still_invalid", fieldErrors: { payload: "dead_letter_still_invalid" } };
  } catch (error) {
    return toActionError(error);
  }
}

export async function dismissDeadLetterAction(activationId: string, deadLetterId: string, _previous: ActionResult | null): Promise<ActionResult> {
  try {
    const actor = await requireUser();
    await dismissDeadLetter(actor, activationId, deadLetterId);
    revalidatePath(`/activations/${activationId}/sources`);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}

export async function updateSourceAction(activationId: string, sourceId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    const actor = await requireUser();
    await updateSource(actor, activationId, sourceId, formValues(data));
    revalidatePath(`/activations/${activationId}/sources`);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}

export type SourceTestState = ActionResult & { test?: SourceTestResult };

export async function testSourceAction(activationId: string, sourceId: string, _previous: SourceTestState | null, data: FormData): Promise<SourceTestState> {
  try {
    const actor = await requireUser();
    return { ok: true, test: await testSource(actor, activationId, sourceId, String(data.get("sample") ?? "")) };
  } catch (error) {
    return toActionError(error);
  }
}
