/**
 * The fixed information-type taxonomy of issue 6 (French labels live in the i18n catalogues).
 * Order matters only for display; `NOT_RELEVANT` is last so loops over the relevant types can
 * slice it off.
 */
export const INFORMATION_TYPES = [
  "AFFECTED_PEOPLE",
  "NEEDS",
  "INFRASTRUCTURE",
  "RESCUE_RESPONSE",
  "CAUTION_ADVICE",
  "SITUATION",
  "DONATIONS_VOLUNTEERING",
  "SYMPATHY",
  "CRITICISM",
  "OTHER_RELEVANT",
  "NOT_RELEVANT",
] as const;

export type InformationType = (typeof INFORMATION_TYPES)[number];

/** The types a relevant post can have: everything but NOT_RELEVANT. */
export const RELEVANT_TYPES: readonly InformationType[] = INFORMATION_TYPES.filter((t) => t !== "NOT_RELEVANT");

const TYPE_SET: ReadonlySet<string> = new Set(INFORMATION_TYPES);

export function isInformationType(value: unknown): value is InformationType {
  return typeof value === "string" && TYPE_SET.has(value);
}
