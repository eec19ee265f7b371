import { unparseable } from "../schemas";
import { xFetch, xJson, type XCall } from "./x-http";
import { readLineBatches } from "./x-lines";
import { TWEET_QUERY, tweetToPayloads, type XIncludes, type XTweet } from "./x-tweet";

/**
 * One connection to a partition of the Post compliance stream
 * (GET /2/tweets/compliance/stream?partition=1..4; Enterprise access only),
 * read until it drops. A `delete` event of a stored post becomes a deletion
 * (the post is tombstoned); a `tweet_edit` event of a stored post is looked up
 * (GET /2/tweets?ids=, the event carries no text) and applied as an edit of
 * its first version. Events about posts never stored here (nearly all: the
 * stream carries the whole network) are dropped; withheld/drop/undrop and
 * user events are not acted on.
 */
type Compliance = { tweet?: { id?: string; author_id?: string }; event_at?: string; initial_tweet_id?: string; edit_tweet_ids?: string[] };
type ComplianceLine = { data?: { delete?: Compliance; tweet_edit?: Compliance } & Record<string, unknown>; errors?: unknown[] };

export async function followCompliance(options: {
  call: XCall;
  partition: number;
  stallMs: number;
  storedIds: (ids: string[]) => Promise<Set<string>>;
  deliver: (payloads: unknown[]) => Promise<void>;
}): Promise<void> {
  // Always the last 5 minutes again: what a restart or a drop missed (a replayed deletion finds nothing left to delete).
  const query = { partition: String(options.partition), backfill_minutes: "5" };
  const response = await xFetch(options.call, "/2/tweets/compliance/stream", { query, streaming: true });
  if (!response.body) return;
  for await (const lines of readLineBatches(response.body, options.stallMs)) {
    const payloads: unknown[] = [];
    const deleted: string[] = [];
    const edits: { initial: string; version: string }[] = [];
    let disconnect = false;
    for (const line of lines) {
      let parsed: ComplianceLine;
      try {
        parsed = JSON.parse(line) as ComplianceLine;
      } catch {
        payloads.push(unparseable("X compliance stream: line is not JSON", line));
        continue;
      }
      if (!parsed?.data && Array.isArray(parsed?.errors)) {
        disconnect = true;
        break;
      }
      const deletion = parsed?.data?.delete?.tweet?.id;
      const edit = parsed?.data?.tweet_edit;
      if (typeof deletion === "string") deleted.push(deletion);
      else if (edit?.tweet?.id && edit.initial_tweet_id) edits.push({ initial: edit.initial_tweet_id, version: edit.tweet.id });
      else if (!parsed?.data || typeof parsed.data !== "object") payloads.push(unparseable("X compliance stream: unexpected line", line));
    }
    const stored = await options.storedIds([...deleted, ...edits.map((edit) => edit.initial)]);
    payloads.push(...deleted.filter((id) => stored.has(id)).map((id) => ({ kind: "delete", network: "x", externalId: id })));
    payloads.push(...(await editedVersions(options.call, edits.filter((edit) => stored.has(edit.initial)))));
    if (payloads.length) await options.deliver(payloads);
    if (disconnect || options.call.signal.aborted) return;
  }
}

/** The new text of edited posts, as edits of their first version (a lookup of up to 100 ids). */
async function editedVersions(call: XCall, edits: { initial: string; version: string }[]): Promise<unknown[]> {
  if (edits.length === 0) return [];
  const ids = [...new Set(edits.map((edit) => edit.version))].slice(0, 100);
  const body = await xJson<{ data?: XTweet[]; includes?: XIncludes }>(call, "/2/tweets", { query: { ids: ids.join(","), ...TWEET_QUERY } });
  return (body.data ?? []).flatMap((tweet) => tweetToPayloads(tweet, body.includes).filter((payload) => (payload as { kind?: string }).kind === "edit"));
}
