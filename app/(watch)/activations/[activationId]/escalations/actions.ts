"use server";

import { revalidatePath } from "next/cache";
import { toActionError, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { acknowledgeEscalation } from "@/lib/escalation/acknowledge-escalation";
import type { AcknowledgeActionResult, EscalateActionResult } from "@/lib/escalation/action-results";
import { escalateReport } from "@/lib/escalation/escalate-report";
import { AlreadyAcknowledgedError } from "@/lib/escalation/record-acknowledgement";
import { updateEscalationSettings } from "@/lib/escalation/update-escalation-settings";


export async function escalateReportAction(activationId: string, reportId: string, _previous: EscalateActionResult | null, data: FormData): Promise<EscalateActionResult> {
  try {
    const result = await escalateReport(await requireUser(), activationId, reportId, { message: String(data.get("message") ?? "") });
    revalidatePath(`/activations/${activationId}/reports/${reportId}`);
    return { ok: true, authoritiesOnline: result.authoritiesOnline, email: result.email, emailRecipients: result.emailRecipients };
  } catch (error) {
    return toActionError(error);
  }
}

export async function acknowledgeEscalationAction(activationId: string, escalationId: string, _previous: AcknowledgeActionResult | null, data: FormData): Promise<AcknowledgeActionResult> {
  try {
    await acknowledgeEscalation(await requireUser(), activationId, escalationId, { preset: String(data.get("preset") ?? "") || null, text: String(data.get("text") ?? "") });
    revalidatePath(`/activations/${activationId}`, "layout");
    return { ok: true };
  } catch (error) {
    // The second of two answers: say who answered first, and when.
    if (error instanceof AlreadyAcknowledgedError) return { ok: false, error: "escalation_already_acknowledged", first: { by: error.first.acknowledgedByName, at: error.first.acknowledgedAt?.toISOString() ?? null, answer: error.first.answer } };
    return toActionError(error);
  }
}

export async function updateEscalationSettingsAction(activationId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    const onDutyEmails = String(data.get("onDutyEmails") ?? "").split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
    await updateEscalationSettings(await requireUser(), activationId, { onDutyEmails, escalationRenotifyMinutes: data.get("escalationRenotifyMinutes") });
    revalidatePath(`/activations/${activationId}`, "layout");
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}
