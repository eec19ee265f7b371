import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Connector, ConnectorContext } from "../connector";

/**
 * Plays a recorded scenario (data/scenarios/<name>.jsonl) at a chosen speed:
 * scenario second `t` is due at `epoch + t / speed`, and its post is dated then.
 * When `loop` is on, it starts again with fresh external ids (suffix ~<loop>),
 * so a demo never runs dry. The cursor records loop, position and epoch: after
 * a restart the replay resumes where its last committed batch ended.
 */
const configSchema = z.object({
  scenario: z.string().regex(/^[a-z0-9-]+$/).default("crue-adour-landes"),
  speed: z.number().min(0.1).max(100_000).default(60),
  loop: z.boolean().default(true),
  batchSize: z.number().int().min(1).max(2000).default(200),
  /** Scenario second to start from: what comes before is delivered at once, as history. */
  startAt: z.number().min(0).default(0),
});
export type ReplayConfig = z.infer<typeof configSchema>;

const cursorSchema = z.object({ loop: z.number().int().min(0), index: z.number().int().min(0), epoch: z.number() });
type ReplayCursor = z.infer<typeof cursorSchema>;

type ScenarioEvent = { t: number; kind: string; network: string; externalId: string; repostOf?: string | null; quoteOf?: string | null; replyTo?: string | null; [key: string]: unknown };

const cache = new Map<string, ScenarioEvent[]>();

export function loadScenario(name: string): ScenarioEvent[] {
  const cached = cache.get(name);
  if (cached) return cached;
  const file = path.join(process.cwd(), "data", "scenarios", `${name}.jsonl`);
  const events = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as ScenarioEvent)
    .sort((a, b) => a.t - b.t);
  cache.set(name, events);
  return events;
}

/** The payload of one scenario event for a given loop and epoch. */
export function replayPayload(event: ScenarioEvent, loop: number, epoch: number, speed: number): unknown {
  const suffix = (id: string | null | undefined) => (id && loop > 0 ? `${id}~${loop}` : (id ?? null));
  const { t, ...rest } = event;
  const base = { ...rest, externalId: suffix(event.externalId) };
  if (event.kind !== "post") return base;
  return {
    ...base,
    url: typeof event.url === "string" && loop > 0 ? `${event.url}${event.url.includes("?") ? "&" : "?"}loop=${loop}` : event.url,
    postedAt: new Date(epoch + (t * 1000) / speed).toISOString(),
    repostOf: suffix(event.repostOf),
    quoteOf: suffix(event.quoteOf),
    replyTo: suffix(event.replyTo),
  };
}

export function replayConnector(): Connector {
  return {
    async run(ctx: ConnectorContext) {
      const config = configSchema.parse(ctx.source.config);
      const events = loadScenario(config.scenario);
      const parsed = ctx.cursor ? cursorSchema.safeParse(JSON.parse(ctx.cursor)) : null;
      let cursor: ReplayCursor = parsed?.success ? parsed.data : { loop: 0, index: 0, epoch: Date.now() - (config.startAt * 1000) / config.speed };
      while (!ctx.signal.aborted) {
        if (cursor.index >= events.length) {
          if (!config.loop) return;
          cursor = { loop: cursor.loop + 1, index: 0, epoch: Date.now() };
          continue;
        }
        const dueAt = (i: number) => cursor.epoch + (events[i].t * 1000) / config.speed;
        const wait = dueAt(cursor.index) - Date.now();
        if (wait > 0) {
          await ctx.sleep(Math.min(wait, 1000));
          continue;
        }
        // Everything due now (or overdue after a restart), in batches.
        let end = cursor.index;
        while (end < events.length && end - cursor.index < config.batchSize && dueAt(end) <= Date.now()) end++;
        const payloads = events.slice(cursor.index, end).map((event) => replayPayload(event, cursor.loop, cursor.epoch, config.speed));
        const next = { ...cursor, index: end };
        await ctx.deliver(payloads, JSON.stringify(next));
        cursor = next;
      }
    },
  };
}
