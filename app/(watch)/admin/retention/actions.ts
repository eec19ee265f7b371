"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { toActionError, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { runRetentionPurge } from "@/lib/retention/run-retention-purge";
import { eraseSubjectData } from "@/lib/retention/subject-requests";

export async function runPurgeAction(_previous: ActionResult | null): Promise<ActionResult> {
  try {
    const actor = await requireUser();
    if (actor.role !== "ADMIN") return { ok: false, error: "FORBIDDEN" };
    const report = await runRetentionPurge({ actorId: actor.id, kind: "manual" });
    revalidatePath("/admin/retention");
    return { ok: true, message: String(report.length) };
  } catch (error) {
    return toActionError(error);
  }
}

export async function eraseSubjectAction(subject: string, _previous: ActionResult | null): Promise<ActionResult> {
  let erased: number;
  try {
    const actor = await requireUser();
    const counts = await eraseSubjectData(actor, { subject });
    erased = Object.values(counts).reduce((a, b) => a + b, 0);
  } catch (error) {
    return toActionError(error);
  }
  // The results vanish with the erasure: the confirmation travels in the URL.
  redirect(`/admin/retention?subject=${encodeURIComponent(subject)}&erased=${erased}`);
}
