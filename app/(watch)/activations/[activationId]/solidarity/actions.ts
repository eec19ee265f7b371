"use server";

import { revalidatePath } from "next/cache";
import { toActionError, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import type { CommuneHit } from "@/lib/places/search-communes";
import { closeSolidarityItem } from "@/lib/solidarity/close-solidarity-item";
import { confirmMatch } from "@/lib/solidarity/confirm-match";
import { createSolidarityItem } from "@/lib/solidarity/create-solidarity-item";
import { draftRelayFromItem } from "@/lib/solidarity/draft-relay-from-item";
import { SolidarityConflictError } from "@/lib/solidarity/solidarity-errors";
import { searchActivationCommunes } from "@/lib/solidarity/search-activation-communes";
import { updateSolidarityItem } from "@/lib/solidarity/update-solidarity-item";

const board = (activationId: string) => `/activations/${activationId}/solidarity`;

function fail(error: unknown): ActionResult {
  if (error instanceof SolidarityConflictError) return { ok: false, error: "solidarity_changed" };
  return toActionError(error);
}

const text = (data: FormData, name: string) => (data.has(name) ? String(data.get(name) ?? "") : undefined);

export async function createSolidarityItemAction(activationId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    await createSolidarityItem(await requireUser(), activationId, {
      side: data.get("side"),
      type: data.get("type"),
      title: text(data, "title"),
      description: text(data, "description") ?? "",
      insee: text(data, "insee") || null,
      contact: text(data, "contact") || null,
      verified: data.get("verified") === "on",
      postId: text(data, "postId") || null,
      reportId: text(data, "reportId") || null,
    });
    revalidatePath(board(activationId));
    return { ok: true };
  } catch (error) {
    return fail(error);
  }
}

export async function updateSolidarityItemAction(activationId: string, itemId: string, input: Record<string, unknown>): Promise<ActionResult> {
  try {
    await updateSolidarityItem(await requireUser(), activationId, itemId, input);
    revalidatePath(board(activationId));
    return { ok: true };
  } catch (error) {
    return fail(error);
  }
}

export async function closeSolidarityItemAction(activationId: string, itemId: string, version: number): Promise<ActionResult> {
  try {
    await closeSolidarityItem(await requireUser(), activationId, itemId, { version });
    revalidatePath(board(activationId));
    return { ok: true };
  } catch (error) {
    return fail(error);
  }
}

export async function confirmMatchAction(activationId: string, input: { needId: string; offerId: string; needVersion: number; offerVersion: number }): Promise<ActionResult> {
  try {
    await confirmMatch(await requireUser(), activationId, input);
    revalidatePath(board(activationId));
    return { ok: true };
  } catch (error) {
    return fail(error);
  }
}

export async function draftRelayAction(activationId: string, itemId: string, kind: string): Promise<ActionResult> {
  try {
    const { created } = await draftRelayFromItem(await requireUser(), activationId, itemId, { kind });
    revalidatePath(board(activationId));
    return { ok: true, message: created ? "relay_drafted" : "relay_already_drafted" };
  } catch (error) {
    return fail(error);
  }
}

/** Communes for the picker, the activation's départements first. */
export async function searchCommunesAction(activationId: string, query: string): Promise<CommuneHit[]> {
  try {
    return await searchActivationCommunes(await requireUser(), activationId, query);
  } catch {
    return [];
  }
}
