import { z } from "zod";
import { postIdSchema } from "../ingest/post-id";
import { CHECKLIST_ITEMS } from "./checklist";

const title = z.string().trim().min(3, { message: "title_too_short" }).max(200);
const location = z
  .object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    precision: z.enum(["point", "commune", "commune_approx", "departement"]).default("point"),
    placeName: z.string().trim().max(200).nullish(),
  })
  .nullish();

export const createReportSchema = z.object({
  title,
  description: z.string().trim().max(5000).default(""),
  category: z.string().regex(/^[a-z0-9_]+$/, { message: "category_invalid" }),
  severity: z.coerce.number().int().min(1).max(4).default(2),
  location,
  observedAt: z.coerce.date().optional(),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  postIds: z.array(postIdSchema).max(200).default([]),
});
export type CreateReportInput = z.infer<typeof createReportSchema>;

export const updateReportSchema = z.object({
  /** The version the editor started from: a change made on an older one is refused. */
  version: z.coerce.number().int().min(1),
  title: title.optional(),
  description: z.string().trim().max(5000).optional(),
  category: z.string().regex(/^[a-z0-9_]+$/, { message: "category_invalid" }).optional(),
  severity: z.coerce.number().int().min(1).max(4).optional(),
  location,
  observedAt: z.coerce.date().optional(),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
  currency: z.enum(["CURRENT", "RESOLVED", "OUTDATED"]).optional(),
  checklist: z.partialRecord(z.enum(CHECKLIST_ITEMS), z.boolean()).optional(),
});
export type UpdateReportInput = z.infer<typeof updateReportSchema>;

export const evidenceSchema = z.object({
  kind: z.enum(["LINK", "NOTE", "CORROBORATING_POST", "GEOLOCATION", "OFFICIAL_CONFIRMATION", "REVERSE_IMAGE"]),
  note: z.string().trim().max(2000).default(""),
  url: z.url({ protocol: /^https?$/, message: "url_invalid" }).nullish(),
  postId: postIdSchema.nullish(),
});
export type EvidenceInput = z.infer<typeof evidenceSchema>;

/** A report moved on the map: the point it was dropped on, and the version it was moved from. */
export const moveReportSchema = z.object({
  version: z.coerce.number().int().min(1),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
