// A light suffix stripper, not Porter: crisis vocabulary needs "flooded/flooding/floods" and
// "trapped/trapping" to meet, and over-stemming costs more than it brings on 280-char posts.
const SUFFIXES: readonly [string, string][] = [
  ["ational", "ate"],
  ["ousness", "ous"],
  ["fulness", "ful"],
  ["ements", ""],
  ["ement", ""],
  ["ments", ""],
  ["ment", ""],
  ["ations", "ate"],
  ["ation", "ate"],
  ["ingly", ""],
  ["ings", ""],
  ["ing", ""],
  ["edly", ""],
  ["ies", "y"],
  ["ied", "y"],
  ["ers", ""],
  ["er", ""],
  ["ed", ""],
  ["ly", ""],
  ["es", ""],
  ["s", ""],
];

/** Stem of a lower-case English word; words of four letters or fewer are kept whole. */
export function stemEnglish(word: string): string {
  if (word.length <= 4 || word.endsWith("ss")) return word;
  for (const [suffix, replacement] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      let stem = word.slice(0, word.length - suffix.length) + replacement;
      // "trapped" → "trapp" → "trap", "stopping" → "stop"
      if (replacement === "" && /([bdfgmnprt])\1$/.test(stem)) stem = stem.slice(0, -1);
      return stem;
    }
  }
  return word;
}
