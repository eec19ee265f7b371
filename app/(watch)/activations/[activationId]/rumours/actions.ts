"use server";

import { revalidatePath } from "next/cache";
import { toActionError, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { createRumour, linkToRumour, setRumourStatus } from "@/lib/verify/track-rumour";

export async function createRumourAction(activationId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    const reportId = String(data.get("reportId") ?? "") || null;
    await createRumour(await requireUser(), activationId, { claim: data.get("claim"), reportId });
    revalidatePath(`/activations/${activationId}/rumours`);
    if (reportId) revalidatePath(`/activations/${activationId}/reports/${reportId}`);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}

export async function linkReportToRumourAction(activationId: string, reportId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    await linkToRumour(await requireUser(), activationId, String(data.get("rumourId") ?? ""), { reportId });
    revalidatePath(`/activations/${activationId}/reports/${reportId}`);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}

export async function setRumourStatusAction(activationId: string, rumourId: string, status: string): Promise<ActionResult> {
  try {
    await setRumourStatus(await requireUser(), activationId, rumourId, { status });
    revalidatePath(`/activations/${activationId}/rumours/${rumourId}`);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}
