import { z } from "zod";
import { blueskyConfigSchema, blueskyConnector, searchTerms } from "../connectors/bluesky";
import { probeBluesky } from "../connectors/bluesky-probe";
import { loadWatchSettings } from "../load-watch-settings";
import { flag, optionalText, webUrl, whole } from "./form-values";
import type { SourceKindSpec } from "./source-kind-spec";

/**
 * A Bluesky keyword watch: the activation's own keywords and languages (no
 * separate list to keep in sync), followed live on Jetstream and, with an
 * account's app password, looked back with searchPosts.
 */
export const blueskySourceKind: SourceKindSpec = {
  kind: "BLUESKY",
  settings: z
    .object({
      jetstream: flag(true),
      jetstreamUrl: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().regex(/^wss?:\/\/\S+$/, { message: "url_invalid" }).default("wss://jetstream2.us-east.bsky.network/subscribe")),
      serviceUrl: z.preprocess((v) => (v === "" ? undefined : v), webUrl.default("https://bsky.social")),
      identifier: optionalText(253),
      appPassword: optionalText(200),
      lookbackHours: whole(0, 168, 24),
      intervalSeconds: whole(30, 3600, 300),
      // Jetstream carries the whole network: the watch filter always applies.
      applyWatchFilter: z.literal(true).default(true),
    })
    .refine((settings) => settings.jetstream || settings.identifier, { message: "bluesky_nothing_to_follow", path: ["jetstream"] }),
  secretField: "appPassword",
  connector: blueskyConnector,
  async test({ activationId, config, secret, signal }) {
    const terms = searchTerms(await loadWatchSettings(activationId));
    return { kind: "feeds", feeds: await probeBluesky(blueskyConfigSchema.parse(config), secret, terms, signal) };
  },
};
