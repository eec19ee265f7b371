import type { MutationContext } from "../db/mutate";
import { PUBLIC_REPORT_SELECT, PUBLICLY_VISIBLE_REPORT, toPublicReport } from "./public-items";

/** After an edit of a published report (place, category, currency…): open public maps get its new public face. */
export async function refreshPublishedReport(ctx: MutationContext, options: { activationId: string; reportId: string }): Promise<void> {
  const row = await ctx.tx.report.findFirst({
    where: { id: options.reportId, activationId: options.activationId, ...PUBLICLY_VISIBLE_REPORT },
    select: { ...PUBLIC_REPORT_SELECT, activation: { select: { reportCategories: true, publicPrecision: true, publicGridMeters: true } } },
  });
  if (row) ctx.emitPublic(options.activationId, "public:report", toPublicReport(row, row.activation));
}
