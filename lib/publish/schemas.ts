import { z } from "zod";
import { MIN_GRID_METERS } from "../public-map/coarsen-location";

export const publishReportSchema = z.object({
  publicTitle: z.string().trim().min(3, { message: "public_title_too_short" }).max(200),
  publicSummary: z.string().trim().max(2000).default(""),
  /** The report version the coordinator reviewed: a report changed since is refused. */
  version: z.coerce.number().int().min(1).optional(),
});
export type PublishReportInput = z.infer<typeof publishReportSchema>;

export const publishFeatureSchema = z.object({
  publicLabel: z.string().trim().min(2, { message: "public_label_too_short" }).max(200),
  version: z.coerce.number().int().min(1).optional(),
});
export type PublishFeatureInput = z.infer<typeof publishFeatureSchema>;

const tileUrl = z
  .string()
  .trim()
  .max(500)
  .regex(/^https:\/\/[^\s]+$/, { message: "tile_url_invalid" })
  .refine((url) => url.includes("{z}") && url.includes("{x}") && url.includes("{y}"), { message: "tile_url_invalid" });

export const publicMapSettingsSchema = z.object({
  publicMapAllowed: z.boolean(),
  publicPrecision: z.enum(["grid", "commune"]),
  publicGridMeters: z.coerce.number().int().min(MIN_GRID_METERS, { message: "grid_too_small" }).max(50_000),
  /** Empty: the server's default tiles (OpenStreetMap). */
  mapTileUrl: tileUrl.nullable().default(null),
  mapTileAttribution: z.string().trim().max(300).nullable().default(null),
  mapOfflineOnly: z.boolean().default(false),
});
export type PublicMapSettingsInput = z.infer<typeof publicMapSettingsSchema>;
