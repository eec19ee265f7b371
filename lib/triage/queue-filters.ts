import { z } from "zod";
import { INFORMATION_TYPES } from "../enrich/information-types";

/** What a volunteer narrows the queue to (a saved view is a named set of these). */
export const queueFiltersSchema = z.object({
  category: z.enum(INFORMATION_TYPES).optional(),
  urgentOnly: z.boolean().optional(),
  lang: z.string().regex(/^[a-z]{2,3}$/).optional(),
  network: z.string().trim().toLowerCase().max(40).optional(),
  hasMedia: z.boolean().optional(),
  /** A commune the post speaks of (INSEE code). */
  insee: z.string().regex(/^[0-9AB]{5}$/).optional(),
});
export type QueueFilters = z.infer<typeof queueFiltersSchema>;

/** The filters as SQL conditions on `e` (PostEnrichment) and `p` (Post), with their parameters from `$first`. */
export function queueFilterSql(filters: QueueFilters, first: number): { sql: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const next = (value: unknown) => (params.push(value), `$${first + params.length - 1}`);
  if (filters.category) conditions.push(`e.category = ${next(filters.category)}::"InformationType"`);
  if (filters.urgentOnly) conditions.push(`e.urgent`);
  if (filters.lang) conditions.push(`COALESCE(p.lang, e.lang) = ${next(filters.lang)}`);
  if (filters.network) conditions.push(`p.network = ${next(filters.network)}`);
  if (filters.hasMedia) conditions.push(`p.media::text <> '[]'`);
  if (filters.insee) conditions.push(`e.places @> jsonb_build_array(jsonb_build_object('insee', ${next(filters.insee)}::text))`);
  return { sql: conditions.map((c) => ` AND ${c}`).join(""), params };
}
