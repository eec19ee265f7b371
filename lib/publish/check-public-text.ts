import { detectHandles } from "../pii/detect-handles";
import { redactAccountsAndPersonalData } from "../pii/redact-accounts-and-personal-data";
import { detectPersonalData, type PersonalDataKind } from "../pii/detect-personal-data";

export type PublicTextFlagKind = PersonalDataKind | "handle";
/** One reason a text may not go public: which field, what was found, and the words themselves (shown to the coordinator only). */
export type PublicTextFlag = { field: string; kind: PublicTextFlagKind; excerpt: string };

/**
 * Everything personal in texts about to go public: the personal-data detectors (phones,
 * e-mails, plates, street addresses, names) plus network handles and profile links. Publishing
 * is refused while any flag remains.
 */
export function checkPublicText(fields: Record<string, string>): PublicTextFlag[] {
  const flags: PublicTextFlag[] = [];
  for (const [field, text] of Object.entries(fields)) {
    if (!text) continue;
    const found = [
      ...detectPersonalData(text).map((f) => ({ kind: f.kind as PublicTextFlagKind, start: f.start, end: f.end })),
      ...detectHandles(text).map((s) => ({ kind: "handle" as const, ...s })),
    ].sort((a, b) => a.start - b.start);
    for (const f of found) flags.push({ field, kind: f.kind, excerpt: text.slice(f.start, f.end) });
  }
  return flags;
}

/** A suggestion for a public text: personal data replaced by placeholders, handles and profile links by "[compte]". */
export function suggestPublicText(text: string): string {
  return redactAccountsAndPersonalData(text).trim();
}
