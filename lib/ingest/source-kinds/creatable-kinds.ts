/** The source kinds a coordinator can add from the sources page, in the order the form lists them. */
export const CREATABLE_SOURCE_KINDS = ["MASTODON", "BLUESKY", "RSS", "X", "WEBHOOK", "REPLAY"] as const;
export type CreatableSourceKind = (typeof CREATABLE_SOURCE_KINDS)[number];

export function isCreatableSourceKind(value: unknown): value is CreatableSourceKind {
  return typeof value === "string" && (CREATABLE_SOURCE_KINDS as readonly string[]).includes(value);
}
