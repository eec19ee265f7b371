import { foldText } from "@/lib/text/fold-text";

// Mentions, links and the retweet marker say nothing about the language or the content, and
// they dominate short posts ("RT @Vigicrues_Adour: …"), so they go before anything else.
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/gi;
const MENTION_RE = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_.-]+/gu;
const RT_RE = /(^|\s)RT(?=\s|:)/g;
const HASH_RE = /#/g;
const SPACES_RE = /\s+/g;
// eslint-disable-next-line no-control-regex
const NON_ASCII_RE = /[^\x00-\x7f]/;

/** The post text without URLs, mentions, `RT` and the `#` of hashtags (the word is kept). */
export function stripPostMarkup(text: string): string {
  // Each pass runs only when its marker character is there: most posts have no mention or RT.
  let out = text.replace(URL_RE, " ");
  if (out.includes("@")) out = out.replace(MENTION_RE, "$1 ");
  if (out.includes("RT")) out = out.replace(RT_RE, "$1 ");
  if (out.includes("#")) out = out.replace(HASH_RE, " ");
  return out.replace(SPACES_RE, " ").trim();
}

/**
 * Text for matching lexicons and rules: markup stripped, accents and case folded, one
 * apostrophe, spaces collapsed, and a space at both ends so patterns can anchor on it.
 */
export function foldForMatching(text: string): string {
  return foldStripped(stripPostMarkup(text));
}

/** `foldForMatching` of text already passed through `stripPostMarkup` (the enricher strips once). */
export function foldStripped(clean: string): string {
  // Plain ASCII has no accents to strip (NFD leaves it as is): lower-casing is all `foldText` does.
  const folded = NON_ASCII_RE.test(clean) ? foldText(clean) : clean.toLowerCase();
  return ` ${folded.replace(/[’`´]/g, "'")} `;
}
