"use server";

import { revalidatePath } from "next/cache";
import { toActionError, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { addEvidence } from "@/lib/verify/add-evidence";
import { attachPosts } from "@/lib/verify/attach-posts";
import { mergeReports } from "@/lib/verify/merge-reports";
import { createReport } from "@/lib/verify/create-report";
import { decideReview } from "@/lib/verify/decide-review";
import { requestStatus } from "@/lib/verify/request-status";
import { ReportConflictError, updateReport } from "@/lib/verify/update-report";

export type ReportActionResult = ActionResult & { reportId?: string; conflict?: { changed: string[]; by: string | null } };

export async function createReportAction(activationId: string, input: unknown): Promise<ReportActionResult> {
  try {
    const { id } = await createReport(await requireUser(), activationId, input);
    revalidatePath(`/activations/${activationId}/reports`);
    return { ok: true, reportId: id };
  } catch (error) {
    return toActionError(error);
  }
}

export async function updateReportAction(activationId: string, reportId: string, input: unknown): Promise<ReportActionResult> {
  try {
    await updateReport(await requireUser(), activationId, reportId, input);
    revalidatePath(`/activations/${activationId}/reports/${reportId}`);
    return { ok: true };
  } catch (error) {
    // The second of two concurrent edits: say what changed meanwhile, and by whom.
    if (error instanceof ReportConflictError) return { ok: false, error: "report_changed", conflict: { changed: error.current.changed, by: error.current.by } };
    return toActionError(error);
  }
}

export async function addEvidenceAction(activationId: string, reportId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    await addEvidence(await requireUser(), activationId, reportId, {
      kind: data.get("kind"),
      note: String(data.get("note") ?? ""),
      url: String(data.get("url") ?? "").trim() || null,
      postId: String(data.get("postId") ?? "").trim() || null,
    });
    revalidatePath(`/activations/${activationId}/reports/${reportId}`);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}

export async function requestStatusAction(activationId: string, reportId: string, status: string): Promise<ActionResult> {
  try {
    await requestStatus(await requireUser(), activationId, reportId, { status });
    revalidatePath(`/activations/${activationId}/reports/${reportId}`);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}

export async function decideReviewAction(activationId: string, reportId: string, reviewId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    await decideReview(await requireUser(), activationId, reviewId, { decision: data.get("decision"), reason: String(data.get("reason") ?? "") });
    revalidatePath(`/activations/${activationId}/reports/${reportId}`);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}

export async function attachPostsAction(activationId: string, reportId: string, postIds: string[]): Promise<ActionResult> {
  try {
    await attachPosts(await requireUser(), activationId, reportId, { postIds });
    revalidatePath(`/activations/${activationId}/reports/${reportId}`);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}

export async function mergeReportAction(activationId: string, intoId: string, fromId: string): Promise<ActionResult> {
  try {
    await mergeReports(await requireUser(), activationId, intoId, { from: fromId });
    revalidatePath(`/activations/${activationId}/reports/${intoId}`);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}
