import type { SessionUser } from "../auth/session-user";
import { requireCoordination } from "../activation/require-coordination";
import { mutate } from "../db/mutate";
import { AppError, requireUuid } from "../errors";
import { withdrawReports } from "./withdraw-reports";

/** One click: a coordinator takes a report off the public map (audited `report.unpublish`, live). Unpublishing twice changes nothing. */
export async function unpublishReport(actor: SessionUser, activationId: string, reportId: string): Promise<{ unpublished: boolean }> {
  requireUuid(reportId, "report_not_found");
  await requireCoordination(actor, activationId);
  return mutate(actor, async (ctx) => {
    const report = await ctx.tx.report.findFirst({ where: { id: reportId, activationId }, select: { id: true } });
    if (!report) throw new AppError("NOT_FOUND", "report_not_found");
    const withdrawn = await withdrawReports(ctx, { activationId, reportIds: [reportId], reason: "manual" });
    return { unpublished: withdrawn.length > 0 };
  });
}
