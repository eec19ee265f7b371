import { detectHandles } from "./detect-handles";
import { redactPersonalData } from "./redact-personal-data";

/**
 * A text fit to leave the watch room (public map suggestions, exported files): personal data
 * replaced by its placeholders, network handles and profile links by "[compte]".
 */
export function redactAccountsAndPersonalData(text: string): string {
  const redacted = redactPersonalData(text);
  let out = "";
  let cursor = 0;
  for (const span of detectHandles(redacted)) {
    if (span.start < cursor) continue;
    out += redacted.slice(cursor, span.start) + "[compte]";
    cursor = span.end;
  }
  return out + redacted.slice(cursor);
}
