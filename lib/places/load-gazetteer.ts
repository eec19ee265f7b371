/**
 * Server-only: the gazetteer built by scripts/build-gazetteer.mjs, read once per process.
 * process.cwd() rather than the module's location: Next.js bundles server code elsewhere; the
 * custom server, scripts and Vitest all run from the project root.
 */
import fs from "node:fs";
import path from "node:path";

export type GazetteerCommune = { insee: string; name: string; departement: string; population: number; lat: number; lon: number; ownPoint: boolean };
export type GazetteerOtherName = { name: string; insee: string; lat: number; lon: number; ownPoint: boolean };
export type GazetteerDepartement = { code: string; name: string; lat: number; lon: number };
export type Gazetteer = {
  departements: GazetteerDepartement[];
  communes: GazetteerCommune[];
  /** Delegated, associated and former communes and other GeoNames places, by current commune. */
  otherNames: GazetteerOtherName[];
  /** Short forms of official names ("La Teste" for La Teste-de-Buch). */
  shortForms: { name: string; insee: string }[];
  communeByInsee: ReadonlyMap<string, GazetteerCommune>;
  departementByCode: ReadonlyMap<string, GazetteerDepartement>;
};

type GazetteerFile = {
  d: [string, string, number, number][];
  c: [string, string, string, number, number, number, number][];
  f: [string, string, number, number, number][];
  a: [string, string][];
};

export const GAZETTEER_FILE = path.join(process.cwd(), "data", "places", "gazetteer.json");

let cache: Gazetteer | null = null;

export function loadGazetteer(): Gazetteer {
  if (cache) return cache;
  const file = JSON.parse(fs.readFileSync(GAZETTEER_FILE, "utf8")) as GazetteerFile;
  const communes = file.c.map(([insee, name, departement, population, lat, lon, own]) => ({ insee, name, departement, population, lat, lon, ownPoint: own === 1 }));
  const departements = file.d.map(([code, name, lat, lon]) => ({ code, name, lat, lon }));
  cache = {
    departements,
    communes,
    otherNames: file.f.map(([name, insee, lat, lon, own]) => ({ name, insee, lat, lon, ownPoint: own === 1 })),
    shortForms: file.a.map(([name, insee]) => ({ name, insee })),
    communeByInsee: new Map(communes.map((c) => [c.insee, c])),
    departementByCode: new Map(departements.map((d) => [d.code, d])),
  };
  return cache;
}
