import type { PublicMap } from "./get-public-map";

/**
 * The public map as a GeoJSON FeatureCollection (RFC 7946): the very items the page shows,
 * already redacted and coarsened. A published report without a place keeps a null geometry.
 */
export function toPublicGeoJson(map: PublicMap, meta: { name: string; slug: string; generatedAt: Date }) {
  return {
    type: "FeatureCollection" as const,
    name: meta.name,
    generatedAt: meta.generatedAt.toISOString(),
    features: [
      ...map.reports.map((report) => ({
        type: "Feature" as const,
        id: `report:${report.id}`,
        geometry: report.lat !== null && report.lon !== null ? { type: "Point" as const, coordinates: [report.lon, report.lat] } : null,
        properties: {
          itemType: "report",
          title: report.title,
          summary: report.summary,
          category: report.category,
          categoryLabel: report.categoryLabel.fr,
          observedAt: report.observedAt,
          currency: report.currency,
          publishedAt: report.publishedAt,
          area: report.area,
          placeName: report.placeName,
          cellMeters: report.cellMeters,
        },
      })),
      ...map.features.map((feature) => ({
        type: "Feature" as const,
        id: `feature:${feature.id}`,
        geometry: feature.geometry,
        properties: { itemType: "feature", kind: feature.kind, label: feature.label, publishedAt: feature.publishedAt },
      })),
    ],
  };
}
