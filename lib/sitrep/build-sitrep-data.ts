import { db } from "../db/client";
import type { ReportCategory } from "../activation/hazard-template-types";
import { escalationCounts, escalationsWithAnswers, relaySent, rumours } from "../dashboard/activity-queries";
import { confirmedFacts } from "../dashboard/confirmed-report-queries";
import { confirmedLastHour, postRate, reportFigures } from "../dashboard/figure-queries";
import { affectedCommunes } from "../dashboard/trend-queries";
import { jsonify, type SitrepData } from "./sitrep-data";

/**
 * The figures and facts of an activation as of `asOf`, read with the
 * dashboard's queries (nothing created after `asOf` counts; statuses are those
 * known when the report is generated). Every confirmed report is frozen (the
 * CSV and GeoJSON exports carry them all; the PDF shows the first of each
 * category and says how many more); counts are SQL counts, never the length
 * of a capped list. Callers check access.
 */
export async function buildSitrepData(activationId: string, asOf: Date): Promise<SitrepData> {
  const scope = { activationId, now: asOf };
  const activation = await db().activation.findUniqueOrThrow({
    where: { id: activationId },
    select: { name: true, hazard: true, timeZone: true, bboxWest: true, bboxSouth: true, bboxEast: true, bboxNorth: true, reportCategories: true, ownerOrganization: { select: { name: true } } },
  });
  const [figures, lastHour, rate, confirmed, communes, escalations, escalationCount, rumourRows, relay] = await Promise.all([
    reportFigures(scope),
    confirmedLastHour(scope),
    postRate(scope),
    confirmedFacts(scope),
    affectedCommunes(scope, 100),
    escalationsWithAnswers(scope),
    escalationCounts(scope),
    rumours(scope, { underWatchOnly: false, limit: 100 }),
    relaySent(scope),
  ]);
  return {
    schema: 1,
    asOf: asOf.toISOString(),
    activation: {
      name: activation.name,
      ownerOrganization: activation.ownerOrganization.name,
      timeZone: activation.timeZone,
      hazard: activation.hazard,
      bbox: [activation.bboxWest, activation.bboxSouth, activation.bboxEast, activation.bboxNorth],
    },
    categories: (activation.reportCategories as ReportCategory[]).map((category) => ({ code: category.code, fr: category.label.fr, en: category.label.en })),
    figures: { ...figures, confirmedLastHour: lastHour, openEscalations: escalationCount.open, postsTotal: rate.total, postsPerMinute: rate.perMinute },
    confirmed: confirmed.map(jsonify),
    confirmedComplete: true,
    communes,
    escalations: escalations.map(jsonify),
    escalationsTotal: escalationCount.total,
    rumours: rumourRows.map(jsonify),
    relay: relay.map(jsonify),
  };
}
