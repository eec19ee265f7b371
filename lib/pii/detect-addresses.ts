import { foldWord } from "./fold-word";
import { overlapsAny, type PersonalDataFlag, type TextSpan } from "./personal-data-flag";
import { readStreetName } from "./read-street-name";
import { ENGLISH_STREET_TYPES, STREET_TYPES } from "./street-types";

// A house number: "12", "12B", "3 bis", "12-14", "n°12". Not glued to a word, a time ("14h30")
// or a decimal ("4,12"), so "D824", "RN10" and water levels never start an address.
const NUMBER = String.raw`(?<![\p{L}\p{N}_/.,:\-°])(?:[nN]°[ \u00a0]?)?\d{1,4}(?:[ \u00a0]?-[ \u00a0]?\d{1,4})?[a-dA-D]?(?:[ \u00a0](?:bis|ter|quater|BIS|TER|Bis|Ter))?`;
// Number, optional comma ("45, chemin de Lagrange"), then a word that may be a street type.
const NUMBERED_RE = new RegExp(`${NUMBER},?[ \\u00a0]+(\\p{L}+(?:-\\p{L}+)?)(\\.?)`, "gu");
// Places that name a handful of homes even without a number.
const UNNUMBERED_RE = /(?<![\p{L}\p{N}])(lieu[- ]?dit|r[ée]sidence|lotissement|hameau)(?![\p{L}])/giu;
// Cheap test before the number scan: no street-type word (in any usual case) and no English
// "12 Mill…", no address. Case variants are spelled out because a case-insensitive Unicode
// regex is several times slower on every post.
const typeVariants = [...STREET_TYPES.keys()].flatMap((t) => [t, t[0].toUpperCase() + t.slice(1), t.toUpperCase()]);
const ANY_TYPE_RE = new RegExp(
  `(?<![\\p{L}])(?:${typeVariants.map((t) => t.replace(/e/g, "[eéèê]").replace(/E/g, "[EÉÈÊ]").replace(/-/g, "[- ]?")).join("|")})(?![\\p{L}])|\\d[a-dA-D]?[ \\u00a0]+\\p{Lu}`,
  "u",
);
// English order: number, capitalised name, type ("221B Baker Street").
const ENGLISH_RE = new RegExp(
  `${NUMBER},?[ \\u00a0]+(?:\\p{Lu}[\\p{L}'’]*[ \\u00a0]+){1,3}(?:${ENGLISH_STREET_TYPES})(?![\\p{L}])`,
  "gu",
);

/**
 * Street addresses: a house number, a street type and the street's name ("12 rue des Arènes",
 * "3 bis avenue Foch", "45, chemin de Lagrange", "12 Mill Lane"), and named places of a few
 * homes ("lieu-dit Lagrange", "résidence Les Pins", "lotissement du Moulin"). A street without
 * a number ("rue de l'Église") is a neighbourhood, kept readable: it is what crews need.
 */
export function detectAddresses(text: string, ignored: readonly TextSpan[]): PersonalDataFlag[] {
  const flags: PersonalDataFlag[] = [];
  const add = (start: number, end: number) => {
    if (end > start && !overlapsAny(ignored, start, end) && !overlapsAny(flags, start, end)) flags.push({ kind: "address", start, end });
  };
  if (/\d/.test(text) && ANY_TYPE_RE.test(text)) {
    for (const m of text.matchAll(NUMBERED_RE)) {
      let typeWord = foldWord(m[1]);
      let afterType = m.index + m[0].length;
      // "lieu dit" written in two words.
      if (typeWord === "lieu" && /^[ \u00a0]dit\b/i.test(text.slice(afterType, afterType + 5))) {
        typeWord = "lieu-dit";
        afterType += 4;
      }
      const type = STREET_TYPES.get(typeWord);
      if (!type) continue;
      const end = readStreetName(text, afterType, type);
      if (end !== -1) add(m.index, end);
    }
    for (const m of text.matchAll(ENGLISH_RE)) add(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(UNNUMBERED_RE)) {
    const start = m.index;
    if (overlapsAny(flags, start, start + m[0].length)) continue;
    const lenient = /^lieu/i.test(m[1]);
    const end = readStreetName(text, start + m[0].length, { lenient });
    if (end !== -1) add(start, end);
  }
  flags.sort((a, b) => a.start - b.start);
  return flags;
}
