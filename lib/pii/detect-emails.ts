import type { PersonalDataFlag } from "./personal-data-flag";

// The local part must not follow an "@": "@user@mastodon.social" is a public fediverse handle,
// treated like any other @handle rather than as a private address.
const LOCAL = String.raw`(?<![\p{L}\p{N}._%+\-@])[\p{L}\p{N}][\p{L}\p{N}._%+\-]*`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?`;
const PLAIN_RE = new RegExp(`${LOCAL}@(?:${LABEL}\\.)+\\p{L}{2,24}(?![\\p{L}\\p{N}])`, "gu");
// People hide addresses from harvesters: "jean [at] free.fr", "jean(at)free(dot)fr",
// "jean arobase free point fr". They are just as personal.
const AT = String.raw`(?:\s?[[({]\s?(?:at|arobase|@)\s?[\])}]\s?|\s+(?:arobase|AROBASE)\s+)`;
const DOT = String.raw`(?:\s?[[({]\s?(?:dot|point)\s?[\])}]\s?|\s+(?:point|dot)\s+|\.)`;
const OBFUSCATED_RE = new RegExp(`${LOCAL}${AT}(?:${LABEL}${DOT})+\\p{L}{2,24}(?![\\p{L}\\p{N}])`, "gu");

/** E-mail addresses, plain or written to dodge harvesters. */
export function detectEmails(text: string): PersonalDataFlag[] {
  const flags: PersonalDataFlag[] = [];
  if (text.includes("@")) {
    for (const m of text.matchAll(PLAIN_RE)) flags.push({ kind: "email", start: m.index, end: m.index + m[0].length });
  }
  if (/\b(?:at|arobase|AROBASE)\b/.test(text)) {
    for (const m of text.matchAll(OBFUSCATED_RE)) flags.push({ kind: "email", start: m.index, end: m.index + m[0].length });
  }
  return flags;
}
