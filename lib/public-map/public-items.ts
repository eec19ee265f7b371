import type { ReportCategory } from "../activation/hazard-template-types";
import type { Prisma } from "../db/generated/client";
import type { PublicMapFeature, PublicMapReport } from "../realtime/events";
import { coarsenLocation, type PublicPrecisionSettings } from "./coarsen-location";

/**
 * What the public may see of a report: the reviewed public title and summary, category, time,
 * currency and a coarsened place. Built field by field (never by spreading a row), so nothing
 * else — authors, posts, exact points, notes — can slip out.
 */
export const PUBLIC_REPORT_SELECT = {
  id: true,
  publicTitle: true,
  publicSummary: true,
  category: true,
  observedAt: true,
  currency: true,
  publishedAt: true,
  lat: true,
  lon: true,
  precision: true,
} satisfies Prisma.ReportSelect;

export type PublicReportRow = Prisma.ReportGetPayload<{ select: typeof PUBLIC_REPORT_SELECT }>;
export type PublicMapSettings = PublicPrecisionSettings & { reportCategories: unknown };

/** Only reports that still deserve to be public: published, CONFIRMED, not merged away, no post deleted at its source. */
export const PUBLICLY_VISIBLE_REPORT = {
  published: true,
  status: "CONFIRMED",
  mergedIntoId: null,
  publicTitle: { not: null },
  posts: { none: { post: { deletedAt: { not: null } } } },
} satisfies Prisma.ReportWhereInput;

export function toPublicReport(row: PublicReportRow, settings: PublicMapSettings): PublicMapReport {
  const categories = (settings.reportCategories as ReportCategory[] | null) ?? [];
  const category = categories.find((c) => c.code === row.category);
  const place = coarsenLocation({ lat: row.lat, lon: row.lon, precision: row.precision }, settings);
  return {
    id: row.id,
    title: row.publicTitle ?? "",
    summary: row.publicSummary ?? "",
    category: row.category,
    categoryLabel: { fr: category?.label.fr ?? row.category, en: category?.label.en ?? row.category },
    observedAt: row.observedAt.toISOString(),
    currency: row.currency,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    area: place?.area ?? null,
    placeName: place?.placeName ?? null,
    cellMeters: place?.cellMeters ?? null,
  };
}

export const PUBLIC_FEATURE_SELECT = { id: true, kind: true, publicLabel: true, geometry: true, publishedAt: true } satisfies Prisma.MapFeatureSelect;
export type PublicFeatureRow = Prisma.MapFeatureGetPayload<{ select: typeof PUBLIC_FEATURE_SELECT }>;

/** A drawn feature's public face: its kind, public label and geometry (zones and roads are not personal data); never its note or author. */
export function toPublicFeature(row: PublicFeatureRow): PublicMapFeature {
  const geometry = row.geometry as { type?: unknown; coordinates?: unknown };
  return {
    id: row.id,
    kind: row.kind,
    label: row.publicLabel ?? "",
    geometry: { type: String(geometry.type ?? "Point"), coordinates: roundCoordinates(geometry.coordinates) },
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

// About a metre: what a drawn zone can mean.
function roundCoordinates(value: unknown): unknown {
  if (typeof value === "number") return Math.round(value * 1e5) / 1e5;
  if (Array.isArray(value)) return value.map(roundCoordinates);
  return null;
}
