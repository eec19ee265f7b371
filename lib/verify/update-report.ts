import type { SessionUser } from "../auth/session-user";
import { requireActivationCapability } from "../activation/get-activation-access";
import type { Prisma } from "../db/generated/client";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { withCommuneName } from "./name-location";
import { requireReportCategory } from "./report-categories";
import { refreshPublishedReport } from "../public-map/refresh-published-report";
import { updateReportSchema } from "./report-schemas";

export class ReportConflictError extends AppError {
  constructor(readonly current: { version: number; changed: string[]; by: string | null }) {
    super("CONFLICT", "report_changed");
  }
}

/**
 * Edits a report with optimistic locking: the change names the version it
 * was made on; if someone saved in between, it is refused with what changed
 * and who changed it, never silently merged or lost.
 */
export async function updateReport(actor: SessionUser, activationId: string, reportId: string, input: unknown): Promise<{ version: number }> {
  await requireActivationCapability(actor, activationId, "triage");
  const { version, location: given, checklist, ...fields } = updateReportSchema.parse(input);
  const location = withCommuneName(given);
  return mutate(actor, async (ctx) => {
    const { tx, audit, emitToActivation } = ctx;
    const report = await tx.report.findFirst({ where: { id: reportId, activationId } });
    if (!report) throw new AppError("NOT_FOUND", "report_not_found");
    if (fields.category) await requireReportCategory(tx, activationId, fields.category);
    const data: Prisma.ReportUpdateManyMutationInput = {
      ...fields,
      ...(location !== undefined ? { lat: location?.lat ?? null, lon: location?.lon ?? null, precision: location?.precision ?? null, placeName: location?.placeName ?? null } : {}),
      ...(checklist ? { checklist: { ...(report.checklist as object), ...checklist } } : {}),
      version: { increment: 1 },
    };
    // The version check and the write are one statement: two concurrent saves cannot both pass.
    const { count } = await tx.report.updateMany({ where: { id: reportId, version }, data });
    if (count === 0) {
      const last = await tx.auditLog.findFirst({ where: { entity: "Report", entityId: reportId }, orderBy: { id: "desc" }, select: { after: true, actor: { select: { name: true } } } });
      const changed = Object.keys((last?.after as object | null) ?? {});
      throw new ReportConflictError({ version: report.version, changed, by: last?.actor?.name ?? null });
    }
    const before = Object.fromEntries(Object.keys({ ...fields, ...(location !== undefined ? { location } : {}), ...(checklist ? { checklist } : {}) }).map((key) => [key, key === "location" ? { lat: report.lat, lon: report.lon } : (report as Record<string, unknown>)[key]]));
    await audit({ action: "report.update", entity: "Report", entityId: reportId, activationId, before, after: { ...fields, ...(location !== undefined ? { location } : {}), ...(checklist ? { checklist } : {}) } });
    await emitToActivation(activationId, "report:changed", { reportId, version: version + 1 });
    await refreshPublishedReport(ctx, { activationId, reportId });
    return { version: version + 1 };
  });
}
