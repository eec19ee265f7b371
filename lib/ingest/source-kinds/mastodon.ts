import { z } from "zod";
import { mastodonConnector, testMastodonSource } from "../connectors/mastodon";
import { flag, list, optionalText, webUrl, whole } from "./form-values";
import type { SourceKindSpec } from "./source-kind-spec";

/** Mastodon hashtags on one or more instances (REST timelines, and the streaming API with a token). */
export const mastodonSourceKind: SourceKindSpec = {
  kind: "MASTODON",
  settings: z.object({
    instances: list(webUrl, { max: 10, required: "instance_required" }),
    hashtags: list(z.string().trim().regex(/^#?[\p{L}\p{N}_]+$/u, { message: "hashtag_invalid" }), { max: 20, required: "hashtag_required" }),
    token: optionalText(500),
    // With a token, statuses also arrive live over the streaming API; REST polling fills any gap.
    stream: flag(true),
    intervalSeconds: whole(5, 3600, 30),
    applyWatchFilter: flag(true),
  }),
  secretField: "token",
  connector: mastodonConnector,
  async test({ config, secret, signal }) {
    return { kind: "feeds", feeds: await testMastodonSource(config, secret, signal) };
  },
};
