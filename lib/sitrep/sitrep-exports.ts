import { csvChunks, toCsv } from "../export/to-csv";
import type { Sitrep } from "./get-sitrep";

const CSV_HEADER = ["point_de_situation", "situation_au", "remontee", "titre", "categorie", "gravite", "actualite", "commune", "latitude", "longitude", "precision", "observee_le"];

function* csvRows(sitrep: Sitrep): Generator<unknown[]> {
  const { data } = sitrep;
  const names = new Map(data.categories.map((item) => [item.code, item.fr]));
  for (const report of data.confirmed) {
    yield [sitrep.number, data.asOf, report.id, report.title, names.get(report.category) ?? report.category, report.severity, report.currency, report.placeName, report.lat, report.lon, report.precision, report.observedAt];
  }
}

/** The situation report's confirmed reports (all of them) as CSV (formula injection neutralised). */
export function sitrepCsv(sitrep: Sitrep): string {
  return toCsv(CSV_HEADER, [...csvRows(sitrep)]);
}

/** The same CSV in pieces, for a streamed download of a large report. */
export function sitrepCsvChunks(sitrep: Sitrep): Generator<string> {
  return csvChunks(CSV_HEADER, csvRows(sitrep));
}

type Feature = ReturnType<typeof feature>;

function feature(report: Sitrep["data"]["confirmed"][number]) {
  return {
    type: "Feature" as const,
    id: report.id,
    geometry: { type: "Point" as const, coordinates: [report.lon as number, report.lat as number] },
    properties: { title: report.title, category: report.category, severity: report.severity, currency: report.currency, commune: report.placeName, precision: report.precision, observedAt: report.observedAt },
  };
}

function* features(sitrep: Sitrep): Generator<Feature> {
  for (const report of sitrep.data.confirmed) if (report.lat !== null && report.lon !== null) yield feature(report);
}

function collectionProperties(sitrep: Sitrep) {
  const { data } = sitrep;
  return { activation: data.activation.name, organization: data.activation.ownerOrganization, number: sitrep.number, asOf: data.asOf };
}

/** The situation report's confirmed reports that have a place (all of them), as a GeoJSON FeatureCollection. */
export function sitrepGeoJson(sitrep: Sitrep) {
  return { type: "FeatureCollection" as const, properties: collectionProperties(sitrep), features: [...features(sitrep)] };
}

/** The same GeoJSON text in pieces of `perChunk` features, for a streamed download. */
export function* sitrepGeoJsonChunks(sitrep: Sitrep, perChunk = 1000): Generator<string> {
  yield `{"type":"FeatureCollection","properties":${JSON.stringify(collectionProperties(sitrep))},"features":[`;
  let batch: string[] = [];
  let first = true;
  const flush = () => {
    const text = `${first ? "" : ","}${batch.join(",")}`;
    first = false;
    batch = [];
    return text;
  };
  for (const item of features(sitrep)) {
    batch.push(JSON.stringify(item));
    if (batch.length >= perChunk) yield flush();
  }
  if (batch.length) yield flush();
  yield "]}";
}
