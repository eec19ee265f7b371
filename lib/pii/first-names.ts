import { FRENCH_FIRST_NAMES_TEXT } from "./data/french-first-names";
import { foldWord } from "./fold-word";

/** Folded first names ("jean-pierre", "helene"): one Set lookup per capitalised word. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(FRENCH_FIRST_NAMES_TEXT.split(/\s+/).filter(Boolean).map(foldWord));

/**
 * First names that are also ordinary words, places or brands ("Rose", "Pierre", "Florence",
 * "Léon" — a Landes commune —, "Aude" — a département —, "Marine nationale"). They only count
 * away from the start of a sentence, never in all-caps shouting, and not after "à".
 */
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set(
  `rose pierre claire france florence nancy lourdes leon marine aurore victoire reine blanche oceane violette
  capucine iris jade ambre flora luna stella vanille ange celeste clement constant aime desire honore noel
  pascal prosper urbain grace grace joy amber ruby daisy holly willow poppy ivy mark frank jack eden dolores
  soledad esperanza victoria mai lan kim sam max lou alma olympe marin martial aude garance hermine camelia
  prudence patience constance fleur flore perle colombe sky sunny may june april will bill rich`.split(/\s+/).filter(Boolean),
);

/** Is this capitalised word a first name, alone or compound ("Jean-Pierre", "Marie-Hélène")? */
export function isFirstName(word: string): boolean {
  return isFoldedFirstName(foldWord(word));
}

/** The same, for a word already folded with `foldWord`. */
export function isFoldedFirstName(folded: string): boolean {
  if (FIRST_NAMES.has(folded)) return true;
  if (!folded.includes("-")) return false;
  const parts = folded.split("-");
  return parts.length <= 3 && parts.every((p) => FIRST_NAMES.has(p));
}

export function isAmbiguousFirstName(word: string): boolean {
  const folded = foldWord(word);
  return AMBIGUOUS_FIRST_NAMES.has(folded) || folded.split("-").every((p) => AMBIGUOUS_FIRST_NAMES.has(p));
}
