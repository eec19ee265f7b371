import type { TextSpan } from "./personal-data-flag";

// Links carry long ids ("/status/2012483034044874754") and handles or hashtags carry digits and
// capitalised words ("@SDIS40", "#JeanDupont"): none is a phone, plate, address or a name
// written by the poster, and flagging them would break the links in redacted output.
const IGNORED_RE =
  /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b[\w-]+(?:\.[\w-]+)*\.(?:fr|com|org|net|gouv|eu|info|io|be|ch|uk|de|es|it|social|app|me|ly|tv)\/[^\s<>"]*|(?<![\p{L}\p{N}_.])[@#][\p{L}\p{N}_]+(?:@[\w-]+(?:\.[\w-]+)+)?/gu;

/** Spans of links, @handles (including fediverse "@user@instance") and #hashtags. */
export function findIgnoredSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  if (!/[/@#]/.test(text)) return spans;
  for (const m of text.matchAll(IGNORED_RE)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}
