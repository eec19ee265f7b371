import { z } from "zod";

export const REPORT_STATUSES = ["NEW", "IN_VERIFICATION", "CONFIRMED", "FALSE", "UNCONFIRMABLE"] as const;
/** FALSE reports are hidden unless asked for: a map is read as "what is happening". */
export const DEFAULT_MAP_STATUSES = ["NEW", "IN_VERIFICATION", "CONFIRMED", "UNCONFIRMABLE"] as const;
export const TIME_WINDOWS = ["1h", "6h", "24h", "all", "custom"] as const;
export type TimeWindow = (typeof TIME_WINDOWS)[number];
export const WINDOW_HOURS: Record<Exclude<TimeWindow, "all" | "custom">, number> = { "1h": 1, "6h": 6, "24h": 24 };

/** "a,b,c" (as in a query string) or an array → trimmed non-empty strings. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (typeof value === "string" ? value.split(",").map((part) => part.trim()).filter(Boolean) : value), z.array(item).max(100));

/** The filters shared by the map view and its GeoJSON export. */
export const mapFilterSchema = z
  .object({
    window: z.enum(TIME_WINDOWS).default("all"),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
    categories: list(z.string().regex(/^[a-z0-9_]+$/, { message: "category_invalid" })).optional(),
    statuses: list(z.enum(REPORT_STATUSES)).optional(),
    severities: list(z.coerce.number().int().min(1).max(4)).optional(),
  })
  .refine((filters) => filters.window !== "custom" || filters.from !== undefined, { message: "custom_window_needs_from", path: ["from"] })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, { message: "window_reversed", path: ["to"] });
export type MapFilters = z.infer<typeof mapFilterSchema>;

const bboxSchema = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",").map(Number) : value),
  z
    .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(-90).max(90)])
    .refine(([west, south, east, north]) => west < east && south < north, { message: "bbox_invalid" })
    .transform(([west, south, east, north]) => ({ west, south, east, north })),
);

/** GET …/map/view: a viewport ("west,south,east,north"), a zoom, the filters and the optional layers. */
export const mapViewQuerySchema = z.intersection(
  mapFilterSchema,
  z.object({
    bbox: bboxSchema,
    zoom: z.coerce.number().int().min(0).max(22),
    layers: list(z.enum(["communes", "posts"])).default([]),
  }),
);
export type MapViewQuery = z.infer<typeof mapViewQuerySchema>;

/** The time range a filter selects, given "now": [from, to], either end open (null). */
export function timeRange(filters: Pick<MapFilters, "window" | "from" | "to">, now: Date): { from: Date | null; to: Date | null } {
  if (filters.window === "all") return { from: null, to: null };
  if (filters.window === "custom") return { from: filters.from ?? null, to: filters.to ?? null };
  return { from: new Date(now.getTime() - WINDOW_HOURS[filters.window] * 3_600_000), to: null };
}
