"use server";

import { revalidatePath } from "next/cache";
import { toActionError, type ActionResult } from "@/lib/action-result";
import { createOrganization } from "@/lib/admin/create-organization";
import { updateOrganization } from "@/lib/admin/update-organization";
import { requireUser } from "@/lib/auth/guards";

function readOrganizationForm(data: FormData) {
  return { name: data.get("name"), type: data.get("type"), active: data.get("active") === "on" };
}

export async function createOrganizationAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    const actor = await requireUser();
    await createOrganization(actor, readOrganizationForm(data));
    revalidatePath("/admin/organizations");
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}

export async function updateOrganizationAction(organizationId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    const actor = await requireUser();
    await updateOrganization(actor, organizationId, readOrganizationForm(data));
    revalidatePath("/admin/organizations");
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}
