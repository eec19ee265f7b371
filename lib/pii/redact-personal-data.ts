import { detectPersonalData } from "./detect-personal-data";
import type { PersonalDataFlag, PersonalDataKind } from "./personal-data-flag";

/** What a reader of public output sees instead of the personal data (French, like the UI). */
export const PERSONAL_DATA_PLACEHOLDERS: Readonly<Record<PersonalDataKind, string>> = {
  phone: "[téléphone]",
  email: "[e-mail]",
  plate: "[immatriculation]",
  address: "[adresse]",
  person_name: "[nom]",
};

/**
 * The text with each flagged span replaced by its placeholder. Pass the flags stored with the
 * post so redaction matches what volunteers saw flagged; without them they are detected now.
 * Flags that overlap an earlier one or fall outside the text are skipped rather than trusted.
 */
export function redactPersonalData(text: string, flags?: readonly PersonalDataFlag[]): string {
  const spans = [...(flags ?? detectPersonalData(text))].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let cursor = 0;
  for (const flag of spans) {
    if (flag.start < cursor || flag.end > text.length || flag.end <= flag.start) continue;
    out += text.slice(cursor, flag.start) + PERSONAL_DATA_PLACEHOLDERS[flag.kind];
    cursor = flag.end;
  }
  return out + text.slice(cursor);
}
