import { z } from "zod";

/**
 * Settings of an X (Twitter API v2) source; the app-only bearer token is the
 * source's secret.
 *
 * - `baseUrl` (default https://api.x.com): only changed to point tests at a fake server.
 * - `stream` (default true): follow the filtered stream (GET /2/tweets/search/stream),
 *   with rules kept in sync with the activation's keywords and tagged with the source id.
 * - `search` (default true): recent search (GET /2/tweets/search/recent) for the first
 *   fetch, to fill the gap after a dropped stream, and as the poll when `stream` is off.
 * - `extraQuery`: operators appended to every query and rule (e.g. `-is:reply has:media`).
 * - `intervalSeconds` (default 60): pause between polls when not streaming.
 * - `rulesCheckSeconds` (default 30): how often the watch settings are re-read while streaming.
 * - `maxQueryLength` (default 512): the query / rule length of the access level
 *   (512 for Basic, 1024 for Pro, 4096 for Enterprise search); longer keyword lists are split.
 * - `maxPages` (default 10): pages of 100 posts per query and poll, a cap on reads (X bills them).
 * - `compliance` (default false): follow the Post compliance stream (GET /2/tweets/compliance/stream,
 *   partitions 1–4) for deletions and edits of stored posts. It requires Enterprise access;
 *   lower levels answer 403, which stops the source with a clear error, hence off by default.
 * - `compliancePartitions` (default all four): each partition carries a quarter of the events.
 */
export const xConfigSchema = z.object({
  baseUrl: z.url({ protocol: /^https?$/ }).default("https://api.x.com"),
  stream: z.boolean().default(true),
  search: z.boolean().default(true),
  extraQuery: z.string().trim().max(200).optional(),
  intervalSeconds: z.number().int().min(5).max(3600).default(60),
  rulesCheckSeconds: z.number().int().min(1).max(3600).default(30),
  maxQueryLength: z.number().int().min(64).max(4096).default(512),
  maxPages: z.number().int().min(1).max(100).default(10),
  compliance: z.boolean().default(false),
  compliancePartitions: z.array(z.number().int().min(1).max(4)).min(1).max(4).default([1, 2, 3, 4]),
});

export type XConfig = z.infer<typeof xConfigSchema>;

/** The tag of this source's stream rules: sources sharing one token touch only their own rules. */
export function ruleTag(sourceId: string): string {
  return `vigie:${sourceId}`;
}
