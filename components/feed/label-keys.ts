import { INFORMATION_TYPES, type InformationType } from "@/lib/enrich/information-types";

/**
 * The correction keys of the feed: one digit per information type (1–9, 0,
 * in the taxonomy's order), x for "not relevant", u to toggle urgency.
 */
export type LabelChange = { relevant?: boolean; category?: InformationType; urgent?: boolean };

export const INFORMATION_TYPE_KEYS: { type: InformationType; key: string }[] = INFORMATION_TYPES.map((type, index) => ({ type, key: type === "NOT_RELEVANT" ? "x" : String((index + 1) % 10) }));

/** The correction a key stands for, or null when the key means nothing here. */
export function changeForKey(key: string, current: { urgent: boolean } | null): LabelChange | null {
  if (key === "u") return { urgent: !(current?.urgent ?? false) };
  const entry = INFORMATION_TYPE_KEYS.find((item) => item.key === key);
  return entry ? { category: entry.type } : null;
}
