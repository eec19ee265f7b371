"use server";

import { revalidatePath } from "next/cache";
import { toActionError, type ActionResult } from "@/lib/action-result";
import { createUser } from "@/lib/admin/create-user";
import { resetUserPassword } from "@/lib/admin/reset-user-password";
import { setUserActive } from "@/lib/admin/set-user-active";
import { updateUser } from "@/lib/admin/update-user";
import { requireUser } from "@/lib/auth/guards";

function readUserForm(data: FormData) {
  return {
    email: data.get("email"),
    name: data.get("name"),
    role: data.get("role"),
    organizationId: data.get("organizationId"),
    locale: data.get("locale"),
    password: data.get("password") ?? undefined,
  };
}

export async function createUserAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    const actor = await requireUser();
    await createUser(actor, readUserForm(data));
    revalidatePath("/admin/users");
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}

export async function updateUserAction(userId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    const actor = await requireUser();
    await updateUser(actor, userId, readUserForm(data));
    revalidatePath("/admin/users");
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}

export async function setUserActiveAction(userId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    const actor = await requireUser();
    const active = data.get("active") === "true";
    await setUserActive(actor, userId, active);
    revalidatePath(`/admin/users/${userId}`);
    revalidatePath("/admin/users");
    return { ok: true, message: active ? "reactivated" : "deactivated" };
  } catch (error) {
    return toActionError(error);
  }
}

export async function resetUserPasswordAction(userId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    const actor = await requireUser();
    await resetUserPassword(actor, userId, { password: data.get("password") });
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}
