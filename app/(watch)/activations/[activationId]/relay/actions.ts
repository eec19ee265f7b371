"use server";

import { revalidatePath } from "next/cache";
import { toActionError, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { approveRelayMessage, authorityApproveRelayMessage } from "@/lib/relay/approve-relay-message";
import { createRebuttal } from "@/lib/relay/create-rebuttal";
import { createRelayMessage } from "@/lib/relay/create-relay-message";
import { publishRelayMessage } from "@/lib/relay/publish-relay-message";
import { createRelayTemplate } from "@/lib/relay/create-relay-template";
import { updateRelayAccount } from "@/lib/relay/update-relay-account";
import { updateRelaySettings } from "@/lib/relay/update-relay-settings";
import { updateRelayTemplate } from "@/lib/relay/update-relay-template";
import { updateRelayMessage } from "@/lib/relay/update-relay-message";
import { withdrawRelayMessage } from "@/lib/relay/withdraw-relay-message";

const fields = (data: FormData) => Object.fromEntries([...data.entries()].filter(([, value]) => typeof value === "string"));

function refresh(activationId: string): void {
  revalidatePath(`/activations/${activationId}/relay`);
}

export async function createRelayMessageAction(activationId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    const file = data.get("image");
    const image = file instanceof File && file.size > 0 ? { bytes: Buffer.from(await file.arrayBuffer()), mime: file.type } : null;
    await createRelayMessage(await requireUser(), activationId, { ...fields(data), showOnPublicMap: data.get("showOnPublicMap") === "on" }, image);
    refresh(activationId);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}

export async function updateRelayMessageAction(activationId: string, messageId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    await updateRelayMessage(await requireUser(), activationId, messageId, { ...fields(data), showOnPublicMap: data.get("showOnPublicMap") === "on" });
    refresh(activationId);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}

/** One workflow step on a message, at the version the page showed. */
export async function relayStepAction(activationId: string, messageId: string, step: "approve" | "authorityApprove" | "withdraw" | "mastodon" | "bluesky" | "share_kit", version: number): Promise<ActionResult> {
  try {
    const actor = await requireUser();
    if (step === "approve") await approveRelayMessage(actor, activationId, messageId, { version });
    else if (step === "authorityApprove") await authorityApproveRelayMessage(actor, activationId, messageId, { version });
    else if (step === "withdraw") await withdrawRelayMessage(actor, activationId, messageId, { version });
    else await publishRelayMessage(actor, activationId, messageId, { version, network: step });
    refresh(activationId);
    return { ok: true };
  } catch (error) {
    refresh(activationId);
    return toActionError(error);
  }
}

export async function createRebuttalAction(activationId: string, target: { rumourId?: string; reportId?: string }, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    await createRebuttal(await requireUser(), activationId, { ...fields(data), ...target });
    refresh(activationId);
    if (target.rumourId) revalidatePath(`/activations/${activationId}/rumours/${target.rumourId}`);
    if (target.reportId) revalidatePath(`/activations/${activationId}/reports/${target.reportId}`);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}

export async function saveRelayTemplateAction(activationId: string, templateId: string | null, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    const input = { ...fields(data), active: data.get("active") === "on" };
    if (templateId) await updateRelayTemplate(await requireUser(), templateId, input);
    else await createRelayTemplate(await requireUser(), input);
    revalidatePath(`/activations/${activationId}/relay/library`);
    refresh(activationId);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}

export async function updateRelayAccountAction(activationId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    await updateRelayAccount(await requireUser(), activationId, { ...fields(data), remove: data.get("remove") === "on" });
    revalidatePath(`/activations/${activationId}/settings`);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}

export async function updateRelaySettingsAction(activationId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    await updateRelaySettings(await requireUser(), activationId, { relayNeedsAuthorityApproval: data.get("relayNeedsAuthorityApproval") === "on" });
    revalidatePath(`/activations/${activationId}/settings`);
    refresh(activationId);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}
