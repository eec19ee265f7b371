/**
 * Folding shared by the gazetteer index and the post scanner: lower case, accents and ligatures
 * removed, "lez" read as "les", so that "Saint-Paul-lès-Dax", "st paul les dax" and
 * "ST PAUL LEZ DAX" give the same tokens.
 */
const cache = new Map<string, string>();

export function foldWord(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let folded = word.toLowerCase();
  if (/[^a-z0-9]/.test(folded)) {
    folded = folded.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss");
  }
  if (folded === "lez") folded = "les";
  // Bounded: posts bring an open vocabulary, the gazetteer a closed one.
  if (cache.size > 200_000) cache.clear();
  cache.set(word, folded);
  return folded;
}

/** A name as its sequence of folded words ("Aire-sur-l'Adour" → ["aire", "sur", "l", "adour"]). */
export function foldName(name: string): string[] {
  return (name.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord).map(expandAbbreviation);
}

/** "st" and "ste" as written in posts ("St-Sever", "Ste Maxime"). */
export function expandAbbreviation(word: string): string {
  return word === "st" ? "saint" : word === "ste" ? "sainte" : word;
}
