import { z } from "zod";
import { AppError } from "../../errors";
import { loadWatchFilter } from "../load-watch-filter";
import { normalizePost } from "../normalize";
import { parseIncoming } from "../schemas";
import { flag } from "./form-values";
import type { SourceKindSpec } from "./source-kind-spec";

/**
 * Signed JSON posts pushed to /api/ingest/<id> by a partner's collector. Its
 * test runs pasted sample payloads through validation, normalisation and the
 * watch filter and says what would happen to each; nothing is stored.
 */
export const webhookSourceKind: SourceKindSpec = {
  kind: "WEBHOOK",
  settings: z.object({ applyWatchFilter: flag(true) }),
  generatesSecret: true,
  async test({ activationId, config, sample }) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(sample ?? "");
    } catch {
      throw new AppError("INVALID_INPUT", "invalid_json");
    }
    const payloads = Array.isArray(parsed) ? parsed : Array.isArray((parsed as { events?: unknown })?.events) ? (parsed as { events: unknown[] }).events : [parsed];
    const filter = config.applyWatchFilter !== false ? await loadWatchFilter(activationId) : null;
    return {
      kind: "payloads",
      items: payloads.slice(0, 50).map((payload, index) => {
        const result = parseIncoming(payload);
        if (!result.ok) return { index, verdict: "rejected" as const, detail: result.reason };
        if (result.event.kind !== "post") return { index, verdict: "accepted" as const, detail: result.event.kind };
        const post = normalizePost(result.event, payload);
        const verdict = filter?.(post);
        if (verdict && !verdict.keep) return { index, verdict: "filtered" as const, detail: verdict.reason };
        return { index, verdict: "accepted" as const, detail: post.text.slice(0, 200) };
      }),
    };
  },
};
