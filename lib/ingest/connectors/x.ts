import type { Connector, ConnectorContext } from "../connector";
import { ruleTag, xConfigSchema, type XConfig } from "./x-config";
import { followCompliance } from "./x-compliance";
import type { XCall } from "./x-http";
import { buildXQueries } from "./x-query";
import { syncStreamRules } from "./x-rules";
import { newerId, searchRecent } from "./x-search";
import { knownExternalIds } from "../known-external-ids";
import { followStream } from "./x-stream";

export { xConfigSchema, type XConfig } from "./x-config";
export { testXSource } from "./x-test-source";

/**
 * X (Twitter API v2) with an app-only bearer token (the source's secret).
 * Each round reads the activation's watch, brings the stream rules tagged
 * with this source to it, then opens the filtered stream and — once it is
 * connected — fills the gap since the cursor with recent search (`since_id`),
 * so a dropped stream loses nothing: posts seen twice are stored once. While
 * streaming, the watch is re-read every `rulesCheckSeconds` and the rules
 * follow its edits. Without the stream, recent search polls every
 * `intervalSeconds`. The cursor is the newest post id stored. The compliance
 * stream (Enterprise access) runs beside, for deletions and edits.
 */
type XCursor = { sinceId: string | null };

const STALL_MS = 30_000; // X sends a keep-alive every 20 s
const RECONNECT_PAUSE_MS = 1000; // never reconnect in a tight loop (X bans clients that do)

export function xConnector(): Connector {
  return { run: (ctx) => runX(ctx) };
}

function readCursor(cursor: string | null): string | null {
  try {
    const parsed = cursor ? (JSON.parse(cursor) as XCursor) : null;
    return typeof parsed?.sinceId === "string" && /^\d+$/.test(parsed.sinceId) ? parsed.sinceId : null;
  } catch {
    return null; // a lost cursor costs one first fetch again; posts are stored once anyway
  }
}

function whenAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => (signal.aborted ? resolve() : signal.addEventListener("abort", () => resolve(), { once: true })));
}

async function runX(ctx: ConnectorContext): Promise<void> {
  const config: XConfig = xConfigSchema.parse(ctx.source.config);
  // Stopped by the supervisor, or by the failure of one of the parallel tasks.
  const inner = new AbortController();
  const stop = () => inner.abort();
  ctx.signal.addEventListener("abort", stop, { once: true });
  if (ctx.signal.aborted) stop();
  const stopped = whenAborted(inner.signal);
  const sleep = (ms: number) => Promise.race([ctx.sleep(ms), stopped]);
  const call: XCall = { baseUrl: config.baseUrl, token: ctx.source.secret, signal: inner.signal, sleep };
  const tag = ruleTag(ctx.source.id);
  const queriesOf = async () => buildXQueries(await ctx.watchSettings(), { maxLength: config.maxQueryLength, extraQuery: config.extraQuery });

  // One delivery at a time: the stream, the gap filling and the compliance partitions share the cursor.
  let sinceId = readCursor(ctx.cursor);
  let queue: Promise<void> = Promise.resolve();
  const deliver = (payloads: unknown[], seenId?: string | null): Promise<void> => {
    const next = queue.then(() => {
      sinceId = newerId(sinceId, seenId);
      return ctx.deliver(payloads, JSON.stringify({ sinceId } satisfies XCursor));
    });
    queue = next.catch(() => undefined);
    return next;
  };

  let ruleIds = new Set<string>();
  let syncedRules: string | null = null;
  const syncRules = async (queries: string[]) => {
    if (JSON.stringify(queries) === syncedRules) return;
    ruleIds = await syncStreamRules(call, tag, queries);
    syncedRules = JSON.stringify(queries);
  };

  const fillGap = async (queries: string[]) => {
    if (!config.search || queries.length === 0) return;
    const newest = await searchRecent({ call, queries, sinceId, maxPages: config.maxPages, deliver: (payloads) => deliver(payloads) });
    // The new cursor is committed only once every page of every query is stored.
    if (newest && newest !== sinceId) await deliver([], newest);
  };

  const streamOnce = async (queries: string[]) => {
    const connection = new AbortController();
    const closeConnection = () => connection.abort();
    inner.signal.addEventListener("abort", closeConnection, { once: true });
    let ended = false;
    let watchError: unknown = null;
    const ending = new Promise<void>((resolve) => connection.signal.addEventListener("abort", () => resolve(), { once: true }));
    // The watch may be edited while the stream runs: its rules follow.
    const watcher = (async () => {
      while (!ended) {
        await Promise.race([sleep(config.rulesCheckSeconds * 1000), ending]);
        if (ended || inner.signal.aborted) return;
        await syncRules(await queriesOf());
      }
    })().catch((error: unknown) => {
      watchError = error;
      connection.abort();
    });
    try {
      await followStream({
        call: { ...call, signal: connection.signal },
        stallMs: STALL_MS,
        isOurs: (rule) => rule.tag === tag || (rule.id !== undefined && ruleIds.has(rule.id)),
        // Connected first, then the gap is filled: nothing falls between the search and the stream.
        onConnected: () => fillGap(queries),
        deliver: (payloads, newestId) => deliver(payloads, newestId),
      });
    } finally {
      ended = true;
      connection.abort();
      inner.signal.removeEventListener("abort", closeConnection);
      await watcher;
    }
    if (watchError) throw watchError;
  };

  const main = async () => {
    while (!inner.signal.aborted) {
      const queries = await queriesOf();
      if (config.stream) await syncRules(queries);
      if (config.stream && queries.length) {
        await streamOnce(queries);
        await sleep(RECONNECT_PAUSE_MS);
        continue;
      }
      await fillGap(queries);
      await sleep(config.intervalSeconds * 1000);
    }
  };

  const compliance = async (partition: number) => {
    while (!inner.signal.aborted) {
      await followCompliance({
        call,
        partition,
        stallMs: STALL_MS,
        storedIds: (ids) => knownExternalIds(ctx.source.activationId, "x", [...new Set(ids)]),
        deliver: (payloads) => deliver(payloads),
      });
      await sleep(RECONNECT_PAUSE_MS);
    }
  };

  const tasks = [main(), ...(config.compliance ? [...new Set(config.compliancePartitions)].map(compliance) : [])];
  let failure: { error: unknown } | null = null;
  await Promise.all(
    tasks.map((task) =>
      task.catch((error: unknown) => {
        failure ??= { error };
        inner.abort();
      }),
    ),
  );
  ctx.signal.removeEventListener("abort", stop);
  if (failure && !ctx.signal.aborted) throw (failure as { error: unknown }).error;
}
