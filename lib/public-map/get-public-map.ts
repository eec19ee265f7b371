import { clock } from "../clock";
import { db } from "../db/client";
import { listRelayInForce } from "../relay/list-relay-in-force";
import { listPublicSolidarity, type PublicSolidarityItem } from "../solidarity/list-public-solidarity";
import type { PublicMapFeature, PublicMapReport } from "../realtime/events";
import type { PublicActivation } from "./find-public-activation";
import { PUBLIC_WINDOWS, type PublicMapFilters } from "./public-map-filters";
import { PUBLIC_FEATURE_SELECT, PUBLIC_REPORT_SELECT, PUBLICLY_VISIBLE_REPORT, toPublicFeature, toPublicReport } from "./public-items";

// Published items are hand-picked by coordinators: a few hundred at most in practice.
const MAX_ITEMS = 5000;

/** A relay message in force as the public map shows it (dates as ISO strings: it travels as JSON). */
export type PublicRelayMessage = { id: string; kind: string; title: string; body: string; link: string | null; hashtags: string[]; publishedAt: string };

export type PublicMap = { reports: PublicMapReport[]; features: PublicMapFeature[]; messages: PublicRelayMessage[]; solidarity: PublicSolidarityItem[] };

/**
 * Everything the public map of an activation shows, filtered by time window (on the time
 * observed) and category: published reports, redacted and coarsened, and published drawn
 * features (which are context layers: they ignore the report filters), the association's relay
 * messages in force and the needs and offers shown publicly (neither filtered). The caller found the
 * activation with findPublicActivation (public map enabled).
 */
export async function getPublicMap(activation: PublicActivation, filters: PublicMapFilters): Promise<PublicMap> {
  const span = PUBLIC_WINDOWS[filters.window];
  const since = span === null ? null : new Date(clock().now().getTime() - span);
  const [reports, features, messages, solidarity] = await Promise.all([
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
    listRelayInForce(activation.id),
    listPublicSolidarity(activation.id),
  ]);
  return {
    reports: reports.map((row) => toPublicReport(row, activation)),
    features: features.map(toPublicFeature),
    messages: messages.map((message) => ({ ...message, publishedAt: message.publishedAt.toISOString() })),
    solidarity,
  };
}
