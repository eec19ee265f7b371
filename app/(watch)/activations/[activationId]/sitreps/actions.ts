"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { toActionError, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { createSitrep } from "@/lib/sitrep/create-sitrep";
import { updateSitrep } from "@/lib/sitrep/update-sitrep";

export async function createSitrepAction(activationId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  let id: string;
  try {
    const asOf = String(data.get("asOf") ?? "").trim();
    ({ id } = await createSitrep(await requireUser(), activationId, { asOf: asOf || undefined, summary: String(data.get("summary") ?? "") }));
  } catch (error) {
    return toActionError(error);
  }
  revalidatePath(`/activations/${activationId}/sitreps`);
  redirect(`/activations/${activationId}/sitreps/${id}`);
}

export async function updateSitrepAction(activationId: string, sitrepId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    await updateSitrep(await requireUser(), activationId, sitrepId, { summary: String(data.get("summary") ?? ""), since: String(data.get("since") ?? "") });
    revalidatePath(`/activations/${activationId}/sitreps/${sitrepId}`);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}
