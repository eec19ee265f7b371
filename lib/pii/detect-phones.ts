import { overlapsAny, type PersonalDataFlag, type TextSpan } from "./personal-data-flag";

// One separator between digit groups: a space (also the no-break spaces pasted from web pages),
// a dot or a dash, the last two possibly with spaces around ("06 - 12 - 34").
const SEP = String.raw`(?:[ \u00a0\u202f]?[.\-][ \u00a0\u202f]?|[ \u00a0\u202f]{1,2})`;
// Not glued to a word, a number, a "+" or a decimal ("4,0612…", "D0612…").
const BEFORE = String.raw`(?<![\p{L}\p{N}_+=])(?<!\d[.,:/\-])`;
// Not followed by more digits (long ids, amounts) nor by a unit ("06 12 34 56 78 €" is not a phone).
const AFTER = String.raw`(?!\d|[.,]\d|[ \u00a0]?(?:€|%|\$|£|[kcm]?m\b|kg\b|h\b|ans?\b|euros?\b))`;

// French national numbers: 0 + 9 digits grouped in any way. 08 is left out on purpose: those are
// service numbers (numéro vert, hotlines the prefecture asks people to call), not people.
const FR_NATIONAL_RE = new RegExp(`${BEFORE}0[1-79](?:${SEP}?\\d){8}${AFTER}`, "gu");
// +33 / 0033, with the "(0)" people copy from business cards and the 0 they wrongly keep.
const FR_INTERNATIONAL_RE = new RegExp(
  `${BEFORE}(?:\\+|00)[ \\u00a0]?33${SEP}?(?:\\(0\\)${SEP}?)?0?[1-79](?:${SEP}?\\d){8}${AFTER}`,
  "gu",
);
// Other countries, E.164-like: a "+" or "00", a country code, then digit groups with optional
// area code in parentheses; its digit count is checked below.
const OTHER_INTERNATIONAL_RE = new RegExp(
  `${BEFORE}(?:\\+|00)[ \\u00a0]?(?!33)[1-9]\\d{0,2}(?:${SEP}?(?:\\(\\d{1,4}\\)|\\d)){5,14}${AFTER}`,
  "gu",
);

// British mobiles written nationally ("07700 900123"): frequent in posts from holidaymakers.
const UK_MOBILE_RE = new RegExp(`${BEFORE}07\\d{3}(?:${SEP}?\\d){6}${AFTER}`, "gu");

function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Phones mixing separators ("06.12.26 09.30") are dates followed by times, not numbers. */
function hasConsistentSeparators(match: string): boolean {
  let seen: string | null = null;
  for (const sep of match.replace(/^\+|^00/, "").match(/[^\d()+]+/g) ?? []) {
    const kind = sep.replace(/[\u00a0\u202f]/g, " ").trim() || " ";
    if (seen === null) seen = kind;
    else if (kind !== seen) return false;
  }
  return true;
}

/**
 * Phone numbers: French (national, +33, 0033) and other international numbers written with a
 * "+" or "00" prefix. Short numbers (15, 112, 3114, 116 117) never match: they are public
 * services and must stay readable.
 */
export function detectPhones(text: string, ignored: readonly TextSpan[]): PersonalDataFlag[] {
  const flags: PersonalDataFlag[] = [];
  // Most posts hold fewer than the 8 digits the shortest number needs: skip the regexes.
  if (countDigits(text) < 8) return flags;
  const add = (start: number, end: number) => {
    if (overlapsAny(ignored, start, end) || overlapsAny(flags, start, end)) return;
    flags.push({ kind: "phone", start, end });
  };
  for (const m of text.matchAll(FR_INTERNATIONAL_RE)) add(m.index, m.index + m[0].length);
  for (const m of text.matchAll(FR_NATIONAL_RE)) {
    if (hasConsistentSeparators(m[0])) add(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(UK_MOBILE_RE)) {
    if (hasConsistentSeparators(m[0])) add(m.index, m.index + m[0].length);
  }
  if (text.includes("+") || text.includes("00")) {
    for (const m of text.matchAll(OTHER_INTERNATIONAL_RE)) {
      const digits = m[0].replace(/^00/, "").replace(/\D/g, "").length;
      if (digits >= 8 && digits <= 15) add(m.index, m.index + m[0].length);
    }
  }
  return flags;
}
