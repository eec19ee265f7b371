import { z } from "zod";
import { postIdSchema } from "../ingest/post-id";

export const SOLIDARITY_SIDES = ["NEED", "OFFER"] as const;
export const SOLIDARITY_TYPES = ["SHELTER", "TRANSPORT", "FOOD", "WATER", "EQUIPMENT", "VOLUNTEERS", "DONATIONS", "ANIMAL_CARE", "OTHER"] as const;
export const SOLIDARITY_STATUSES = ["OPEN", "MATCHED", "CLOSED"] as const;

const title = z.string().trim().min(3, { message: "solidarity_title_too_short" }).max(200);
const description = z.string().trim().max(2000);
/** A commune is named by its INSEE code; its name and point come from the gazetteer. */
const insee = z.string().trim().regex(/^(\d[0-9AB]\d{3})$/, { message: "solidarity_commune_unknown" });
const contact = z.string().trim().max(300);
// Checkboxes and hidden fields of plain forms arrive as strings.
const flag = z.union([z.boolean(), z.enum(["true", "false", "on"]).transform((value) => value !== "false")]);

export const createSolidarityItemSchema = z.object({
  side: z.enum(SOLIDARITY_SIDES),
  type: z.enum(SOLIDARITY_TYPES),
  title,
  description: description.default(""),
  insee: insee.nullish(),
  contact: contact.nullish(),
  verified: flag.default(false),
  postId: postIdSchema.nullish(),
  reportId: z.uuid().nullish(),
});
export type CreateSolidarityItemInput = z.infer<typeof createSolidarityItemSchema>;

export const updateSolidarityItemSchema = z.object({
  /** The version the editor started from: a change made on an older one is refused. */
  version: z.coerce.number().int().min(1),
  side: z.enum(SOLIDARITY_SIDES).optional(),
  type: z.enum(SOLIDARITY_TYPES).optional(),
  title: title.optional(),
  description: description.optional(),
  insee: insee.nullish(),
  contact: contact.nullish(),
  verified: flag.optional(),
  showOnPublicMap: flag.optional(),
});
export type UpdateSolidarityItemInput = z.infer<typeof updateSolidarityItemSchema>;

export const versionOnlySchema = z.object({ version: z.coerce.number().int().min(1) });

export const confirmMatchSchema = z.object({
  needId: z.uuid(),
  offerId: z.uuid(),
  needVersion: z.coerce.number().int().min(1),
  offerVersion: z.coerce.number().int().min(1),
});
export type ConfirmMatchInput = z.infer<typeof confirmMatchSchema>;

export const solidarityFiltersSchema = z.object({
  side: z.enum(SOLIDARITY_SIDES).optional().catch(undefined),
  type: z.enum(SOLIDARITY_TYPES).optional().catch(undefined),
  status: z.enum(SOLIDARITY_STATUSES).optional().catch(undefined),
  insee: z.string().regex(/^\d[0-9AB]\d{3}$/).optional().catch(undefined),
});
export type SolidarityFilters = z.infer<typeof solidarityFiltersSchema>;

export const draftRelaySchema = z.object({
  /** SOLIDARITY for a call for help or an offer, INITIATIVE for a local initiative (the coordinator's choice). */
  kind: z.enum(["SOLIDARITY", "INITIATIVE"]),
});
export type DraftRelayInput = z.infer<typeof draftRelaySchema>;
