"use server";

import { revalidatePath } from "next/cache";
import { toActionError, type ActionResult } from "@/lib/action-result";
import { changeActivationStatus } from "@/lib/activation/change-activation-status";
import { updateWatchSettings } from "@/lib/activation/update-watch-settings";
import { requireUser } from "@/lib/auth/guards";
import { addActivationMember } from "@/lib/team/add-activation-member";
import { cancelShift } from "@/lib/team/cancel-shift";
import { grantAuthorityAccess } from "@/lib/team/grant-authority-access";
import { planShift } from "@/lib/team/plan-shift";
import { removeActivationMember } from "@/lib/team/remove-activation-member";
import { revokeAuthorityGrant } from "@/lib/team/revoke-authority-grant";
import { writeHandoverNote } from "@/lib/team/write-handover-note";
import { zonedInputToDate } from "@/lib/team/zoned-time";

/** Every action here: guard, parse, domain call (which checks rights), revalidate. */
async function run(activationId: string, work: () => Promise<unknown>, message?: string): Promise<ActionResult> {
  try {
    await work();
    revalidatePath(`/activations/${activationId}`, "layout");
    return { ok: true, message };
  } catch (error) {
    return toActionError(error);
  }
}

export async function changeStatusAction(activationId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const reason = String(data.get("reason") ?? "").trim() || null;
  return run(activationId, () => changeActivationStatus(actor, activationId, { to: data.get("to"), reason }), `status_${data.get("to")}`);
}

export async function addMemberAction(activationId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  return run(activationId, () => addActivationMember(actor, activationId, { userId: data.get("userId"), role: data.get("role") }), "member_added");
}

export async function removeMemberAction(activationId: string, userId: string, _previous: ActionResult | null): Promise<ActionResult> {
  const actor = await requireUser();
  return run(activationId, () => removeActivationMember(actor, activationId, userId), "member_removed");
}

export async function planShiftAction(activationId: string, timeZone: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  return run(
    activationId,
    () =>
      planShift(actor, activationId, {
        userId: data.get("userId"),
        startsAt: zonedInputToDate(String(data.get("startsAt") ?? ""), timeZone),
        endsAt: zonedInputToDate(String(data.get("endsAt") ?? ""), timeZone),
      }),
    "shift_planned",
  );
}

export async function cancelShiftAction(activationId: string, shiftId: string, _previous: ActionResult | null): Promise<ActionResult> {
  const actor = await requireUser();
  return run(activationId, () => cancelShift(actor, activationId, shiftId), "shift_cancelled");
}

export async function handoverAction(activationId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  return run(activationId, () => writeHandoverNote(actor, activationId, { body: data.get("body") }), "handover_written");
}

export async function grantAccessAction(activationId: string, timeZone: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  return run(
    activationId,
    () =>
      grantAuthorityAccess(actor, activationId, {
        userId: data.get("userId"),
        startsAt: zonedInputToDate(String(data.get("startsAt") ?? ""), timeZone),
        endsAt: zonedInputToDate(String(data.get("endsAt") ?? ""), timeZone),
        reason: String(data.get("reason") ?? "").trim() || null,
      }),
    "grant_added",
  );
}

export async function revokeGrantAction(activationId: string, grantId: string, _previous: ActionResult | null): Promise<ActionResult> {
  const actor = await requireUser();
  return run(activationId, () => revokeAuthorityGrant(actor, activationId, grantId), "grant_revoked");
}

export async function updateSettingsAction(activationId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const actor = await requireUser();
  const lines = (name: string) => String(data.get(name) ?? "").split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
  const number = (name: string) => (data.get(name) ? Number(data.get(name)) : null);
  return run(
    activationId,
    () =>
      updateWatchSettings(actor, activationId, {
        keywords: lines("keywords"),
        hashtags: lines("hashtags"),
        exclusions: lines("exclusions"),
        languages: data.getAll("languages").map(String),
        expectedDurationHours: number("expectedDurationHours"),
        blurMedia: data.get("blurMedia") === "on",
        retentionDays: number("retentionDays"),
        authorityGraceDays: number("authorityGraceDays"),
      }),
    "settings_saved",
  );
}
