import { z } from "zod";
import { xConnector } from "../connectors/x";
import { testXSource } from "../connectors/x-test-source";
import { loadWatchSettings } from "../load-watch-settings";
import { flag, optionalText, webUrl, whole } from "./form-values";
import type { SourceKindSpec } from "./source-kind-spec";

/**
 * X through the API v2 with an app bearer token (paid access): recent search
 * and the filtered stream, whose rules follow the activation's keywords.
 */
export const xSourceKind: SourceKindSpec = {
  kind: "X",
  settings: z.object({
    bearerToken: optionalText(500),
    stream: flag(true),
    search: flag(true),
    extraQuery: optionalText(200).transform((value) => value ?? undefined),
    intervalSeconds: whole(15, 3600, 60),
    maxQueryLength: whole(64, 4096, 512),
    compliance: flag(false),
    baseUrl: z.preprocess((v) => (v === "" ? undefined : v), webUrl.default("https://api.x.com")),
    applyWatchFilter: flag(true),
  }),
  secretField: "bearerToken",
  requiresSecret: "token_required",
  connector: xConnector,
  async test({ activationId, sourceId, config, secret, signal }) {
    return { kind: "feeds", feeds: await testXSource(config, secret, signal, { settings: await loadWatchSettings(activationId), sourceId }) };
  },
};
