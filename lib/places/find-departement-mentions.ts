import type { PlaceIndex } from "./place-index";
import type { PostToken } from "./tokenize-post";

export type DepartementMention = { code: string; first: number; last: number };

const BEFORE_NAME = new Set(["dans", "en", "du", "des", "de", "d", "le", "la", "les", "l", "departement", "sur", "toute", "tout"]);
const BEFORE_NUMBER = new Set(["le", "du", "dans", "sdis", "departement", "dept", "dpt", "pompiers", "gendarmerie", "prefecture"]);
const NOT_AFTER_NUMBER = new Set([
  "h", "heures", "heure", "min", "minutes", "km", "kmh", "m", "cm", "mm", "ans", "an", "jours", "jour", "mois", "personnes", "habitants",
  "maisons", "familles", "euros", "pour", "cent", "au", "a", "et", "ou", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
  "aout", "septembre", "octobre", "novembre", "decembre", "secondes", "fois", "degres", "mn", "hectares", "ha",
]);
const ARTICLE_OR_IN = new Set(["dans", "en", "le", "la", "les", "l", "departement"]);
const CODE = /^(?:\d{2}|2a|2b|97[1-6])$/;

/**
 * Départements named in a post: "dans les Landes", "le Gard", "(40)", "le 40", "SDIS 40".
 * A name glued by a hyphen is part of a commune's name ("Saint-Jean-du-Gard") and is skipped.
 */
export function findDepartementMentions(tokens: readonly PostToken[], index: PlaceIndex): DepartementMention[] {
  const mentions: DepartementMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const previous = i > 0 ? tokens[i - 1].word : "";
    if (CODE.test(token.word)) {
      const code = token.word.toUpperCase();
      const next = tokens[i + 1];
      const bracketed = token.before.endsWith("(") && (!next || next.before.startsWith(")"));
      const introduced = BEFORE_NUMBER.has(previous) && !(next && (NOT_AFTER_NUMBER.has(next.word) || /^\d/.test(next.word) || /^[:h]/.test(next.before.trim())));
      if ((bracketed || introduced) && index.departementCodes.has(code)) mentions.push({ code, first: i, last: i });
      continue;
    }
    const longest = index.departementLongest.get(token.word);
    const glued = token.before.includes("-") || (/['’]/.test(token.before) && i > 0 && tokens[i - 1].before.includes("-"));
    if (!longest || glued) continue;
    if (!token.capitalised && !BEFORE_NAME.has(previous)) continue;
    let key = "";
    let found: DepartementMention | null = null;
    for (let n = 0; n < longest && i + n < tokens.length; n++) {
      if (n > 0 && !/^[\s'’-]+$/.test(tokens[i + n].before)) break;
      key = n === 0 ? tokens[i].word : `${key} ${tokens[i + n].word}`;
      const departement = index.departementNames.get(key);
      // A name that is also a commune's ("Paris", "Landes") is the département only after an article or "dans"/"en".
      const alsoCommune = index.names.get(key)?.some((e) => e.kind === 0) && !ARTICLE_OR_IN.has(previous);
      if (departement && !alsoCommune && !(tokens[i + n + 1]?.before === "-")) {
        // "La Réunion": the article belongs to the name, so a commune "La Réunion" does not outrank it.
        found = { code: departement.code, first: departement.article && previous === departement.article ? i - 1 : i, last: i + n };
      }
    }
    if (found) {
      mentions.push(found);
      i = found.last;
    }
  }
  return mentions;
}
