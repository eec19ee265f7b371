import type { SessionUser } from "../auth/session-user";
import { requireActivationCapability } from "../activation/get-activation-access";
import { mutate } from "../db/mutate";
import { refreshPublishedReport } from "../public-map/refresh-published-report";
import { AppError, requireUuid } from "../errors";
import { communeAt } from "../places/commune-at";
import { MAP_REPORT_EVENT, type MapReportEvent } from "../realtime/events";
import { ReportConflictError } from "./update-report";
import { moveReportSchema } from "./report-schemas";

/**
 * A volunteer drags a report's marker to where it really is: the report gets that exact point
 * (precision "point", named after the commune it falls in). Same optimistic locking as any
 * report edit (lib/verify/update-report.ts): a move on an old version is refused.
 */
export async function moveReport(actor: SessionUser, activationId: string, reportId: string, input: unknown): Promise<MapReportEvent> {
  requireUuid(reportId, "report_not_found");
  await requireActivationCapability(actor, activationId, "triage");
  const { version, lat, lon } = moveReportSchema.parse(input);
  const placeName = communeAt(lat, lon)?.name ?? null;
  return mutate(actor, async (ctx) => {
    const { tx, audit, emitToActivation } = ctx;
    const report = await tx.report.findFirst({ where: { id: reportId, activationId, mergedIntoId: null } });
    if (!report) throw new AppError("NOT_FOUND", "report_not_found");
    const { count } = await tx.report.updateMany({ where: { id: reportId, version }, data: { lat, lon, precision: "point", placeName, version: { increment: 1 } } });
    if (count === 0) {
      const last = await tx.auditLog.findFirst({ where: { entity: "Report", entityId: reportId }, orderBy: { id: "desc" }, select: { after: true, actor: { select: { name: true } } } });
      throw new ReportConflictError({ version: report.version, changed: Object.keys((last?.after as object | null) ?? {}), by: last?.actor?.name ?? null });
    }
    const moved: MapReportEvent = { reportId, lat, lon, precision: "point", placeName, version: version + 1 };
    await audit({
      action: "report.move",
      entity: "Report",
      entityId: reportId,
      activationId,
      before: { location: { lat: report.lat, lon: report.lon, precision: report.precision, placeName: report.placeName } },
      after: { location: { lat, lon, precision: "point", placeName } },
    });
    await emitToActivation(activationId, MAP_REPORT_EVENT, moved);
    // The report's own page refreshes on report:changed (components/report/record-live-refresh.tsx).
    await emitToActivation(activationId, "report:changed", { reportId, version: version + 1 });
    // A published item follows on open public maps (coarsened there, never the exact point).
    await refreshPublishedReport(ctx, { activationId, reportId });
    return moved;
  });
}
