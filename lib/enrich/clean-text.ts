import { foldText } from "@/lib/text/fold-text";

// Mentions, links and the retweet marker say nothing about the language or the content, and
// they dominate short posts ("RT @Vigicrues_Adour: …"), so they go before anything else.
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/gi;
const MENTION_RE = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_.-]+/gu;
const RT_RE = /(^|\s)RT(?=\s|:)/g;

/** The post text without URLs, mentions, `RT` and the `#` of hashtags (the word is kept). */
export function stripPostMarkup(text: string): string {
  return text.replace(URL_RE, " ").replace(MENTION_RE, "$1 ").replace(RT_RE, "$1 ").replace(/#/g, " ").replace(/\s+/g, " ").trim();
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
  return ` ${foldText(clean).replace(/[’`´]/g, "'")} `;
}
