import { detectAddresses } from "./detect-addresses";
import { detectEmails } from "./detect-emails";
import { detectPersonNames } from "./detect-person-names";
import { detectPhones } from "./detect-phones";
import { detectPlates } from "./detect-plates";
import { findIgnoredSpans } from "./find-ignored-spans";
import type { PersonalDataFlag } from "./personal-data-flag";

export type { PersonalDataFlag, PersonalDataKind } from "./personal-data-flag";

/**
 * Personal data in a post's text: phone numbers, e-mail addresses, licence plates, street
 * addresses and person names, as UTF-16 spans sorted by start and never overlapping. Public
 * posts are still personal data: these flags drive every redaction of public output, so the
 * detectors lean towards recall while staying quiet on ordinary crisis text (dates, times,
 * water levels, road numbers, postcodes, emergency numbers, links, hashtags).
 * Runs on every ingested post: a few compiled regexes and Set lookups, no allocation-heavy
 * tokenisation.
 */
export function detectPersonalData(text: string): PersonalDataFlag[] {
  if (text.length === 0) return [];
  const ignored = findIgnoredSpans(text);
  // E-mails first: a phone or a name inside one ("jean.dupont@…") is part of the e-mail.
  const all = [
    ...detectEmails(text),
    ...detectPhones(text, ignored),
    ...detectPlates(text, ignored),
    ...detectAddresses(text, ignored),
    ...detectPersonNames(text, ignored),
  ];
  // On overlap the earliest, then the longest span wins, so an address that contains a
  // person's name ("12 rue Jean Jaurès") stays one address.
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const flags: PersonalDataFlag[] = [];
  let lastEnd = -1;
  for (const flag of all) {
    if (flag.start < lastEnd) continue;
    flags.push(flag);
    lastEnd = flag.end;
  }
  return flags;
}
