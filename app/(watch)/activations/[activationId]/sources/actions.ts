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
    const kind = data.get("kind");
    const input =
      kind === "REPLAY"
        ? { kind, name: data.get("name"), speed: Number(data.get("speed") || 60), loop: data.get("loop") === "on" }
        : kind === "MASTODON"
          ? {
              kind,
              name: data.get("name"),
              instances: String(data.get("instances") ?? "").split(/\s+/).filter(Boolean),
              hashtags: String(data.get("hashtags") ?? "").split(/[\s,]+/).filter(Boolean),
              token: String(data.get("token") ?? "").trim() || null,
              intervalSeconds: Number(data.get("intervalSeconds") || 30),
              applyWatchFilter: data.get("applyWatchFilter") === "on",
            }
          : kind === "RSS"
          ? {
              kind,
              name: data.get("name"),
              feeds: String(data.get("feeds") ?? "").split(/\s+/).filter(Boolean),
              intervalSeconds: Number(data.get("intervalSeconds") || 120),
              applyWatchFilter: data.get("applyWatchFilter") === "on",
            }
          : { kind, name: data.get("name"), applyWatchFilter: data.get("applyWatchFilter") === "on" };
    const { secret } = await createSource(actor, activationId, input);
    revalidatePath(`/activations/${activationId}/sources`);
    // The secret is shown once, in this response only.
    return { ok: true, message: secret ?? undefined };
  } catch (error) {
    return toActionError(error);
  }
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
    const speed = data.get("speed");
    await updateSource(actor, activationId, sourceId, {
      name: data.get("name"),
      applyWatchFilter: data.has("applyWatchFilter") ? data.get("applyWatchFilter") === "on" : data.get("kind") === "WEBHOOK" ? false : undefined,
      speed: speed ? Number(speed) : undefined,
      loop: data.get("kind") === "REPLAY" ? data.get("loop") === "on" : undefined,
    });
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
