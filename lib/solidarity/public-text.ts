import type { PersonalDataFlag } from "../pii/personal-data-flag";
import { redactPersonalData } from "../pii/redact-personal-data";

/**
 * A solidarity text fit to leave the association (relay messages, public map)
 * or to be copied from a post onto the board: the item's contact removed even
 * where it was typed into the text, personal data redacted (stored flags first,
 * then a fresh detection in case the text changed since), and @handles of
 * people replaced, since the detectors deliberately leave handles alone.
 */
export function solidarityPublicText(text: string, options: { contact?: string | null; flags?: readonly PersonalDataFlag[] } = {}): string {
  let out = withoutContact(text, options.contact ?? null);
  if (options.flags?.length) out = redactPersonalData(out, options.flags);
  out = redactPersonalData(out);
  return out.replace(/(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_.-]+/gu, "$1[compte]");
}

function withoutContact(text: string, contact: string | null): string {
  if (!contact?.trim()) return text;
  let out = text;
  // The whole contact, then each of its longer parts ("06 12 34 56 78 (Mme X)" → the number, the name).
  for (const part of [contact.trim(), ...contact.split(/[,;/()]+/).map((p) => p.trim()).filter((p) => p.length >= 4)]) out = out.split(part).join("[contact]");
  return out;
}
