import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { AreaGeometry, BBox } from "../geo/area";
import { foldText } from "../text/fold-text";
import type { NormalizedPost } from "./normalize";

/**
 * What an activation keeps: text matching a keyword or hashtag (accent- and
 * case-insensitive, whole words), no exclusion term, a watched language when
 * the language is known, and — for a geotagged post — a point inside the area.
 */
export type WatchSettings = {
  keywords: string[];
  hashtags: string[];
  exclusions: string[];
  languages: string[];
  bbox: BBox;
  area: AreaGeometry;
};

export type FilterVerdict = { keep: true } | { keep: false; reason: "no_match" | "excluded" | "language" | "outside_area" };
export type WatchFilter = (post: Pick<NormalizedPost, "text" | "lang" | "geoLat" | "geoLon">) => FilterVerdict;

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One regex for a list of phrases, each bounded by non-letters: "crue" matches "la crue" but not "recrue". */
export function phraseMatcher(terms: string[]): RegExp | null {
  const folded = [...new Set(terms.map((term) => foldText(term.trim())).filter(Boolean))];
  if (folded.length === 0) return null;
  folded.sort((a, b) => b.length - a.length);
  return new RegExp(`(?:^|[^\\p{L}\\p{N}_])(?:${folded.map(escape).join("|")})(?=$|[^\\p{L}\\p{N}_])`, "u");
}

export function compileWatchFilter(settings: WatchSettings): WatchFilter {
  const matcher = phraseMatcher([...settings.keywords, ...settings.hashtags]);
  const excluded = phraseMatcher(settings.exclusions);
  const languages = new Set(settings.languages);
  const [west, south, east, north] = settings.bbox;
  return (post) => {
    const text = foldText(post.text);
    if (post.lang && languages.size > 0 && !languages.has(post.lang)) return { keep: false, reason: "language" };
    if (excluded?.test(text)) return { keep: false, reason: "excluded" };
    if (!matcher?.test(text)) return { keep: false, reason: "no_match" };
    if (post.geoLat !== null && post.geoLon !== null) {
      const inBox = post.geoLon >= west && post.geoLon <= east && post.geoLat >= south && post.geoLat <= north;
      if (!inBox || !booleanPointInPolygon([post.geoLon, post.geoLat], settings.area)) return { keep: false, reason: "outside_area" };
    }
    return { keep: true };
  };
}
