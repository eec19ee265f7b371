import { clock } from "../clock";
import { db } from "../db/client";
import type { PublicMapFeature, PublicMapReport } from "../realtime/events";
import type { PublicActivation } from "./find-public-activation";
import { PUBLIC_WINDOWS, type PublicMapFilters } from "./public-map-filters";
import { PUBLIC_FEATURE_SELECT, PUBLIC_REPORT_SELECT, PUBLICLY_VISIBLE_REPORT, toPublicFeature, toPublicReport } from "./public-items";

// Published items are hand-picked by coordinators: a few hundred at most in practice.
const MAX_ITEMS = 5000;

export type PublicMap = { reports: PublicMapReport[]; features: PublicMapFeature[] };

/**
 * Everything the public map of an activation shows, filtered by time window (on the time
 * observed) and category: published reports, redacted and coarsened, and published drawn
 * features (which are context layers: they ignore the report filters). The caller found the
 * activation with findPublicActivation (public map enabled).
 */
export async function getPublicMap(activation: PublicActivation, filters: PublicMapFilters): Promise<PublicMap> {
  const span = PUBLIC_WINDOWS[filters.window];
  const since = span === null ? null : new Date(clock().now().getTime() - span);
  const [reports, features] = await Promise.all([
    db().report.findMany({
      where: {
        activationId: activation.id,
        ...PUBLICLY_VISIBLE_REPORT,
        ...(filters.category ? { category: filters.category } : {}),
        ...(since ? { observedAt: { gte: since } } : {}),
      },
      select: PUBLIC_REPORT_SELECT,
      orderBy: { observedAt: "desc" },
      take: MAX_ITEMS,
    }),
    db().mapFeature.findMany({
      where: { activationId: activation.id, published: true, deletedAt: null, publicLabel: { not: null } },
      select: PUBLIC_FEATURE_SELECT,
      orderBy: { publishedAt: "desc" },
      take: MAX_ITEMS,
    }),
  ]);
  return { reports: reports.map((row) => toPublicReport(row, activation)), features: features.map(toPublicFeature) };
}
