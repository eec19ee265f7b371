import { toCsv } from "../export/to-csv";
import type { Sitrep } from "./get-sitrep";

/** The situation report's confirmed reports as CSV (formula injection neutralised). */
export function sitrepCsv(sitrep: Sitrep): string {
  const { data } = sitrep;
  const category = (code: string) => data.categories.find((item) => item.code === code)?.fr ?? code;
  return toCsv(
    ["point_de_situation", "situation_au", "remontee", "titre", "categorie", "gravite", "actualite", "commune", "latitude", "longitude", "precision", "observee_le"],
    data.confirmed.map((report) => [sitrep.number, data.asOf, report.id, report.title, category(report.category), report.severity, report.currency, report.placeName, report.lat, report.lon, report.precision, report.observedAt]),
  );
}

/** The situation report's confirmed reports that have a place, as a GeoJSON FeatureCollection. */
export function sitrepGeoJson(sitrep: Sitrep) {
  const { data } = sitrep;
  return {
    type: "FeatureCollection" as const,
    properties: { activation: data.activation.name, organization: data.activation.ownerOrganization, number: sitrep.number, asOf: data.asOf },
    features: data.confirmed
      .filter((report) => report.lat !== null && report.lon !== null)
      .map((report) => ({
        type: "Feature" as const,
        id: report.id,
        geometry: { type: "Point" as const, coordinates: [report.lon as number, report.lat as number] },
        properties: { title: report.title, category: report.category, severity: report.severity, currency: report.currency, commune: report.placeName, precision: report.precision, observedAt: report.observedAt },
      })),
  };
}
