import { z } from "zod";

export const PUBLIC_WINDOWS = { "1h": 3600_000, "6h": 6 * 3600_000, "24h": 24 * 3600_000, all: null } as const;
export type PublicWindow = keyof typeof PUBLIC_WINDOWS;

/** The filters a public map viewer can pick (page, JSON and GeoJSON alike); anything unknown is refused. */
export const publicMapFiltersSchema = z.object({
  window: z.enum(["1h", "6h", "24h", "all"]).default("all"),
  category: z
    .string()
    .regex(/^[a-z0-9_]{1,60}$/)
    .optional(),
});
export type PublicMapFilters = z.infer<typeof publicMapFiltersSchema>;

/** Reads the filters from a query string (empty values are "no filter"). */
export function readPublicMapFilters(params: URLSearchParams | Record<string, string | string[] | undefined>): PublicMapFilters {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    const one = Array.isArray(value) ? value[0] : value;
    return one ? one : undefined;
  };
  return publicMapFiltersSchema.parse({ window: get("window"), category: get("category") });
}
