import type { PublicMap } from "./get-public-map";

/**
 * The public map as a GeoJSON FeatureCollection (RFC 7946): the very items the page shows,
 * already redacted and coarsened (needs and offers at their commune's centre). A published report
 * without a place keeps a null geometry. Relay messages have no place: they are in `messages`.
 */
export function toPublicGeoJson(map: PublicMap, meta: { name: string; slug: string; generatedAt: Date }) {
  return {
    type: "FeatureCollection" as const,
    name: meta.name,
    generatedAt: meta.generatedAt.toISOString(),
    messages: map.messages,
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
      ...map.solidarity.map((item) => ({
        type: "Feature" as const,
        id: `solidarity:${item.id}`,
        geometry: item.lat !== null && item.lon !== null ? { type: "Point" as const, coordinates: [item.lon, item.lat] } : null,
        properties: { itemType: "solidarity", side: item.side, type: item.type, title: item.title, placeName: item.placeName, status: item.status },
      })),
    ],
  };
}
