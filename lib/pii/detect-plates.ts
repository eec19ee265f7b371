import { overlapsAny, type PersonalDataFlag, type TextSpan } from "./personal-data-flag";

// SIV (since 2009): two letters, three digits, two letters; I, O and U are never used, which
// keeps most words out. Lower case only counts with dashes (see below).
const SIV_RE = /(?<![\p{L}\p{N}_\-])([A-HJ-NP-TV-Z]{2}|[a-hj-np-tv-z]{2})([- ]?)(\d{3})([- ]?)([A-HJ-NP-TV-Z]{2}|[a-hj-np-tv-z]{2})(?![\p{L}\p{N}])/gu;
// FNI (before 2009, still on old cars): 1–4 digits, 1–3 letters, a département number.
const FNI_RE = /(?<![\p{L}\p{N}_\-,.])(\d{1,4})([- ]?)([A-Z]{1,3})([- ]?)(\d{2,3}|2[AB])(?![\p{L}\p{N}]|[.,]\d)/gu;

// With spaces, a plate looks like ordinary capitalised text around a number: "DE 120 KM",
// "LE 112 ET", "ENTRE 18 H 30", "DU 12 AU 14". Those letter groups are words or units, never
// read as a plate when spaced out.
const SPACED_WORDS = new Set(
  "LA LE DE EN ET CE SE NE SA MA TA VA AN AS AT BY HE WE BE MY ME TE ES EST KM CM MM MN KG HA KW MW GW HZ PM AM VS MB GB KB".split(" "),
);
const FNI_SPACED_WORDS = new Set(
  `${[...SPACED_WORDS].join(" ")} AU DU OU UN SUR PAR LES DES UNE ANS MIN SEC JR JRS PTS PT CV TO GO MO KO BIS TER RUE AV BD RN RD CD CH HAB NO JAN FEV MAR AVR MAI JUN JUL AOU SEP OCT NOV DEC`.split(" "),
);

function isDepartement(code: string): boolean {
  if (code === "2A" || code === "2B") return true;
  const n = Number(code);
  if (code.length === 3) return n >= 971 && n <= 976;
  return n >= 1 && n <= 95 && n !== 20;
}

/**
 * French licence plates: SIV ("AB-123-CD", "AB 123 CD", "AB123CD") and old FNI ("1234 AB 40",
 * "123 ABC 75"). Road numbers ("D824", "RN10", "A63") and flight numbers ("AF1234") never
 * have the letters on both sides.
 */
export function detectPlates(text: string, ignored: readonly TextSpan[]): PersonalDataFlag[] {
  const flags: PersonalDataFlag[] = [];
  if (!/\d{3}/.test(text) && !/\d[- ]?[A-Z]/.test(text)) return flags;
  for (const m of text.matchAll(SIV_RE)) {
    const [whole, left, sep1, digits, sep2, right] = m;
    if (digits === "000" || left.toUpperCase() === "SS" || left.toUpperCase() === "WW" || right.toUpperCase() === "SS") continue;
    const lower = left === left.toLowerCase();
    if (lower !== (right === right.toLowerCase())) continue;
    // "de-123-ab" is a plate someone typed in lower case; "de 123 ms" is not.
    if (lower && (sep1 !== "-" || sep2 !== "-")) continue;
    if ((sep1 === " " && SPACED_WORDS.has(left)) || (sep2 === " " && SPACED_WORDS.has(right))) continue;
    if (!overlapsAny(ignored, m.index, m.index + whole.length)) flags.push({ kind: "plate", start: m.index, end: m.index + whole.length });
  }
  for (const m of text.matchAll(FNI_RE)) {
    const [whole, , sep1, letters, sep2, dept] = m;
    if (sep1 !== sep2 || !isDepartement(dept)) continue;
    // A lone letter between numbers is a time or a size ("18H30", "5 X 10"), unless dashed.
    if (letters.length === 1 && sep1 !== "-") continue;
    if (sep1 !== "-" && FNI_SPACED_WORDS.has(letters)) continue;
    const start = m.index;
    const end = start + whole.length;
    if (!overlapsAny(ignored, start, end) && !overlapsAny(flags, start, end)) flags.push({ kind: "plate", start, end });
  }
  return flags;
}
