import { z } from "zod";

/** A Mastodon source's settings (Source.config); the access token is the source's secret. */
export const mastodonConfigSchema = z.object({
  instances: z.array(z.url({ protocol: /^https?$/ })).min(1).max(10),
  hashtags: z.array(z.string().trim().regex(/^#?[\p{L}\p{N}_]+$/u)).min(1).max(20),
  intervalSeconds: z.number().int().min(5).max(3600).default(30),
  /** Live statuses over the streaming API when an access token is set; polling otherwise. */
  stream: z.boolean().default(true),
});
export type MastodonConfig = z.infer<typeof mastodonConfigSchema>;
