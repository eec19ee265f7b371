/** What a personal-data flag can be; the order is the order placeholders are documented in. */
export type PersonalDataKind = "phone" | "email" | "plate" | "address" | "person_name";

/**
 * One piece of personal data found in a post: UTF-16 offsets into the text it was found in
 * (`text.slice(start, end)` is the match), so the browser and the redactor can use them as-is.
 */
export type PersonalDataFlag = { kind: PersonalDataKind; start: number; end: number };

/** A half-open range of the text that detectors must leave alone (links, @handles, #hashtags). */
export type TextSpan = { start: number; end: number };

export function overlapsAny(spans: readonly TextSpan[], start: number, end: number): boolean {
  for (const s of spans) if (s.start < end && start < s.end) return true;
  return false;
}
