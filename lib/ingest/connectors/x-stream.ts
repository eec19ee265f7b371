import { unparseable } from "../schemas";
import { xFetch, type XCall } from "./x-http";
import { readLineBatches } from "./x-lines";
import { newerId } from "./x-search";
import { TWEET_QUERY, tweetToPayloads, type XIncludes, type XTweet } from "./x-tweet";

/**
 * One connection to the filtered stream (GET /2/tweets/search/stream), read
 * until it drops: each line is a post with its `includes` and the
 * `matching_rules` that let it through. The connection carries the matches of
 * every rule of the app, so only posts matching one of this source's rules
 * are kept. A line that is not JSON or not a post is dead-lettered and the
 * stream carries on; an error line (operational disconnect) ends it.
 */
type StreamLine = { data?: XTweet; includes?: XIncludes; matching_rules?: { id?: string; tag?: string }[]; errors?: { title?: string; detail?: string }[] };

type LineOutcome = { kind: "payloads"; payloads: unknown[]; id: string | null } | { kind: "skip" } | { kind: "disconnect" };

export function parseStreamLine(line: string, isOurs: (rule: { id?: string; tag?: string }) => boolean): LineOutcome {
  let parsed: StreamLine;
  try {
    parsed = JSON.parse(line) as StreamLine;
  } catch {
    return { kind: "payloads", payloads: [unparseable("X stream: line is not JSON", line)], id: null };
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return { kind: "payloads", payloads: [unparseable("X stream: unexpected line", line)], id: null };
  if (!parsed.data && Array.isArray(parsed.errors)) return { kind: "disconnect" };
  if (!parsed.data || typeof parsed.data.id !== "string") return { kind: "payloads", payloads: [unparseable("X stream: line without a post", line)], id: null };
  if (!(parsed.matching_rules ?? []).some(isOurs)) return { kind: "skip" };
  return { kind: "payloads", payloads: tweetToPayloads(parsed.data, parsed.includes), id: parsed.data.id };
}

/** Follows one stream connection until it drops, stalls or the call's signal aborts. */
export async function followStream(options: {
  call: XCall;
  stallMs: number;
  isOurs: (rule: { id?: string; tag?: string }) => boolean;
  /** Runs once the stream answered, before its lines are read (they wait in the socket meanwhile). */
  onConnected: () => Promise<void>;
  deliver: (payloads: unknown[], newestId: string | null) => Promise<void>;
}): Promise<void> {
  const response = await xFetch(options.call, "/2/tweets/search/stream", { query: TWEET_QUERY, streaming: true });
  if (!response.body) return;
  try {
    await options.onConnected();
  } catch (error) {
    await response.body.cancel().catch(() => undefined);
    throw error;
  }
  for await (const lines of readLineBatches(response.body, options.stallMs)) {
    const payloads: unknown[] = [];
    let newest: string | null = null;
    let disconnect = false;
    for (const line of lines) {
      const outcome = parseStreamLine(line, options.isOurs);
      if (outcome.kind === "disconnect") {
        disconnect = true;
        break;
      }
      if (outcome.kind === "skip") continue;
      payloads.push(...outcome.payloads);
      newest = newerId(newest, outcome.id);
    }
    if (payloads.length) await options.deliver(payloads, newest);
    if (disconnect || options.call.signal.aborted) return;
  }
}
