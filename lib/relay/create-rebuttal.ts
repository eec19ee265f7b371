import type { SessionUser } from "../auth/session-user";
import { requireActivationCapability } from "../activation/get-activation-access";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { relayRebuttalSchema } from "./schemas";

/** The rebuttal's text: the association's words, then the official source quoted and named. */
export function rebuttalBody(text: string, quote: string, sourceName: string): string {
  return `${text.trim()}\n\n« ${quote.trim()} » — ${sourceName.trim()}`;
}

/**
 * Drafts a rebuttal of a rumour or of a report found FALSE. It must quote an official source
 * (quote and link required); then it follows the same approval and publication path as any
 * relay message. A FALSE report's rumours are linked too, so the rumour page lists it.
 */
export async function createRebuttal(actor: SessionUser, activationId: string, input: unknown): Promise<{ id: string }> {
  await requireActivationCapability(actor, activationId, "triage");
  const data = relayRebuttalSchema.parse(input);
  return mutate(actor, async ({ tx, audit, emitToActivation }) => {
    let rumourId = data.rumourId ?? null;
    if (rumourId && !(await tx.rumour.findFirst({ where: { id: rumourId, activationId }, select: { id: true } }))) throw new AppError("NOT_FOUND", "rumour_not_found");
    if (data.reportId) {
      const report = await tx.report.findFirst({ where: { id: data.reportId, activationId }, select: { status: true, rumours: { select: { rumourId: true }, take: 1 } } });
      if (!report) throw new AppError("NOT_FOUND", "report_not_found");
      if (report.status !== "FALSE") throw new AppError("CONFLICT", "relay_report_not_false");
      rumourId ??= report.rumours[0]?.rumourId ?? null;
    }
    const message = await tx.relayMessage.create({
      data: {
        activationId,
        kind: "REBUTTAL",
        title: data.title,
        body: rebuttalBody(data.text, data.quote, data.sourceName),
        link: data.sourceUrl,
        hashtags: data.hashtags,
        rumourId,
        reportId: data.reportId ?? null,
        createdById: actor.id,
      },
    });
    await audit({ action: "relay.create", entity: "RelayMessage", entityId: message.id, activationId, after: { kind: "REBUTTAL", title: data.title, rumourId, reportId: data.reportId ?? null, sourceUrl: data.sourceUrl } });
    await emitToActivation(activationId, "relay:changed", { messageId: message.id, status: "DRAFT" });
    return { id: message.id };
  });
}
