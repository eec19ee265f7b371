import type { AreaHint } from "./choose-name-entry";
import { communeAt } from "./commune-at";
import { findDepartementMentions } from "./find-departement-mentions";
import { fuzzyPlaceNames } from "./fuzzy-place-names";
import { loadGazetteer } from "./load-gazetteer";
import { matchPlaceNames, type NameMatch } from "./match-place-names";
import { loadPlaceIndex } from "./place-index";
import { tokenizePost } from "./tokenize-post";
import type { Place, PlaceContext } from "./types";

export type { Place, PlaceContext, PlacePrecision } from "./types";

/**
 * The places a post speaks of, offline: its geotag first when it has one (precision "point"),
 * then the communes its text names (current, delegated or former names, short forms inside the
 * activation's area, small typos), then the départements it names without naming one of their
 * communes. Homonyms go to the départements the post names, else to the activation's area, else
 * to the most populous commune with `ambiguous: true`.
 */
export function resolvePlaces(text: string, context: PlaceContext = {}): Place[] {
  const index = loadPlaceIndex();
  const gazetteer = loadGazetteer();
  const places: Place[] = [];
  const area = new Set(context.departements ?? []);

  const geotag = context.geotag;
  if (geotag && Number.isFinite(geotag.lat) && Number.isFinite(geotag.lon)) {
    const commune = communeAt(geotag.lat, geotag.lon);
    if (commune) area.add(commune.departement);
    places.push({
      insee: commune?.insee ?? null,
      name: commune?.name ?? "",
      departement: commune?.departement ?? "",
      lat: geotag.lat,
      lon: geotag.lon,
      precision: "point",
    });
  }

  const tokens = tokenizePost(text);
  if (tokens.length === 0) return places;
  const taken = new Uint8Array(tokens.length);
  const mentions = findDepartementMentions(tokens, index);
  const hint: AreaHint = { mentioned: new Set(mentions.map((m) => m.code)), area };
  // A longer commune name holds a département's ("Campagne-sur-Aude"); the same words alone are
  // the département ("dans les Landes" is not Landes in Charente-Maritime).
  const matches: NameMatch[] = [...matchPlaceNames(tokens, index, hint, taken, mentions)];
  // Words taken by a commune or by a team ("Paris Saint-Germain") are no département.
  const kept = mentions.filter((m) => !anyTaken(taken, m.first, m.last));
  for (const m of kept) for (let k = m.first; k <= m.last; k++) taken[k] = 1;
  matches.push(...fuzzyPlaceNames(tokens, index, hint, taken));
  matches.sort((a, b) => a.first - b.first);

  const seen = new Set(places.map((p) => p.insee).filter((insee) => insee !== null));
  for (const { entry, ambiguous, first, last } of matches) {
    if (seen.has(entry.insee)) continue;
    seen.add(entry.insee);
    places.push({
      insee: entry.insee,
      name: entry.name,
      departement: entry.departement,
      lat: entry.lat,
      lon: entry.lon,
      precision: entry.ownPoint ? "commune" : "commune_approx",
      ...(ambiguous ? { ambiguous: true } : {}),
      start: tokens[first].start,
      end: tokens[last].end,
    });
  }

  const covered = new Set(places.map((p) => p.departement));
  for (const m of kept) {
    const departement = gazetteer.departementByCode.get(m.code);
    if (!departement || covered.has(m.code)) continue;
    covered.add(m.code);
    places.push({
      insee: null,
      name: departement.name,
      departement: m.code,
      lat: departement.lat,
      lon: departement.lon,
      precision: "departement",
      start: tokens[m.first].start,
      end: tokens[m.last].end,
    });
  }
  return places;
}

function anyTaken(taken: Uint8Array, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (taken[k] === 1) return true;
  return false;
}
