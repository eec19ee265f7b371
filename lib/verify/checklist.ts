/**
 * The verification checklist every report carries (the usual steps of
 * social-media verification desks). Stored as `{ key: true }` on the report.
 */
export const CHECKLIST_ITEMS = [
  "source_identified",
  "original_not_copy",
  "time_consistent",
  "place_consistent",
  "media_checked",
  "corroborated",
  "official_confirmation",
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];
export type Checklist = Partial<Record<ChecklistItem, boolean>>;
