import { foldText } from "@/lib/text/fold-text";

/**
 * One regular expression for a list of lexicon phrases, matched against `foldForMatching` text.
 * A phrase matches as whole words; inside a phrase a space, hyphen or apostrophe matches any of
 * them ("aidez-nous" = "aidez nous"); a trailing `*` on a word matches any ending. One
 * alternation per list keeps matching to a single pass over the post.
 */
export function compileLexicon(phrases: readonly string[]): RegExp {
  const alternatives = [...new Set(phrases.map((p) => foldText(p).trim()).filter(Boolean))]
    // Longest first so "route coupée" wins over "route" and the longer phrase is reported.
    .sort((a, b) => b.length - a.length)
    .map((phrase) =>
      phrase
        .split(/[\s'’-]+/)
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === "*" ? c : `\\${c}`)).replace(/\*$/, "[a-z0-9]*"))
        .join("[ '\\-]+"),
    );
  return new RegExp(`(?<![a-z0-9])(?:${alternatives.join("|")})(?![a-z0-9])`, "g");
}

/** The distinct phrases of `pattern` found in `folded`. */
export function matchLexicon(pattern: RegExp, folded: string): string[] {
  pattern.lastIndex = 0;
  const found: string[] = [];
  for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
    if (!found.includes(m[0])) found.push(m[0]);
  }
  return found;
}
