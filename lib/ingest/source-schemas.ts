import { z } from "zod";

export const sourceInputSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("WEBHOOK"),
    name: z.string().trim().min(2, { message: "name_too_short" }).max(80),
    applyWatchFilter: z.boolean().default(true),
  }),
  z.object({
    kind: z.literal("MASTODON"),
    name: z.string().trim().min(2, { message: "name_too_short" }).max(80),
    instances: z.array(z.url({ protocol: /^https?$/, message: "url_invalid" })).min(1, { message: "instance_required" }).max(10),
    hashtags: z.array(z.string().trim().regex(/^#?[\p{L}\p{N}_]+$/u, { message: "hashtag_invalid" })).min(1, { message: "hashtag_required" }).max(20),
    token: z.string().trim().max(500).nullable().default(null),
    intervalSeconds: z.number().int().min(5).max(3600).default(30),
    applyWatchFilter: z.boolean().default(true),
  }),
  z.object({
    kind: z.literal("RSS"),
    name: z.string().trim().min(2, { message: "name_too_short" }).max(80),
    feeds: z.array(z.url({ message: "url_invalid" }).refine((url) => /^https?:/.test(url), { message: "url_invalid" })).min(1, { message: "feed_required" }).max(20),
    intervalSeconds: z.number().int().min(10).max(3600).default(120),
    applyWatchFilter: z.boolean().default(false),
  }),
  z.object({
    kind: z.literal("REPLAY"),
    name: z.string().trim().min(2, { message: "name_too_short" }).max(80),
    scenario: z.string().regex(/^[a-z0-9-]+$/).default("crue-adour-landes"),
    speed: z.number().min(0.1).max(10_000).default(60),
    loop: z.boolean().default(true),
  }),
]);
export type SourceInput = z.infer<typeof sourceInputSchema>;
