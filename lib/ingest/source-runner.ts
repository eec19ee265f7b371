import { describeError } from "../errors";
import { db } from "../db/client";
import type { Connector, ConnectorFactory, ConnectorSource } from "./connector";
import { ingestBatch } from "./ingest-batch";
import { loadWatchFilter } from "./load-watch-filter";
import { loadWatchSettings } from "./load-watch-settings";
import { findSourceKind } from "./source-kinds/registry";

/**
 * Runs the pull connectors of ACTIVE activations inside the server process
 * (or a separate ingestion worker later). Each source runs in its own loop;
 * on failure it records the error, backs off (1 s doubling to 60 s) and
 * reconnects from its last committed cursor.
 */

type Running = { controller: AbortController; done: Promise<void> };
const holder = globalThis as unknown as { __vigieRunningSources?: Map<string, Running> };

function running(): Map<string, Running> {
  holder.__vigieRunningSources ??= new Map();
  return holder.__vigieRunningSources;
}

export async function startSourcesForActivation(activationId: string): Promise<number> {
  const sources = await db().source.findMany({ where: { activationId, enabled: true, activation: { status: "ACTIVE" } } });
  let started = 0;
  for (const source of sources) if (startSource(source)) started++;
  return started;
}

export async function stopSourcesForActivation(activationId: string): Promise<void> {
  const sources = await db().source.findMany({ where: { activationId }, select: { id: true } });
  await Promise.all(sources.map((source) => stopSource(source.id)));
}

export async function startAllActiveSources(): Promise<number> {
  const activations = await db().activation.findMany({ where: { status: "ACTIVE" }, select: { id: true } });
  let started = 0;
  for (const activation of activations) started += await startSourcesForActivation(activation.id);
  return started;
}

export async function stopAllSources(): Promise<void> {
  await Promise.all([...running().keys()].map((id) => stopSource(id)));
}

export async function stopSource(sourceId: string): Promise<void> {
  const entry = running().get(sourceId);
  if (!entry) return;
  entry.controller.abort();
  await entry.done;
}

export function isSourceRunning(sourceId: string): boolean {
  return running().has(sourceId);
}

type SourceRow = { id: string; activationId: string; kind: string; name: string; config: unknown; secret: string | null; cursor: string | null };

function startSource(row: SourceRow): boolean {
  const factory = findSourceKind(row.kind)?.connector;
  if (!factory || running().has(row.id)) return false;
  const controller = new AbortController();
  const source: ConnectorSource = { id: row.id, activationId: row.activationId, name: row.name, config: (row.config ?? {}) as Record<string, unknown>, secret: row.secret };
  const done = superviseSource(source, factory, controller.signal).finally(() => running().delete(row.id));
  running().set(row.id, { controller, done });
  return true;
}

async function superviseSource(source: ConnectorSource, factory: ConnectorFactory, signal: AbortSignal): Promise<void> {
  let backoff = 1000;
  await setStatus(source.id, "RUNNING");
  while (!signal.aborted) {
    try {
      const { cursor } = await db().source.findUniqueOrThrow({ where: { id: source.id }, select: { cursor: true } });
      const connector: Connector = factory();
      await connector.run({
        source,
        cursor,
        signal,
        sleep: (ms) => sleep(ms, signal),
        watchSettings: () => loadWatchSettings(source.activationId),
        deliver: async (payloads, next) => {
          // Read per batch (cached briefly), so a running source follows edits of the watch's keywords.
          const filter = source.config.applyWatchFilter === true ? await loadWatchFilter(source.activationId) : null;
          await ingestBatch({ activationId: source.activationId, sourceId: source.id, payloads, cursor: next, filter });
          backoff = 1000;
        },
      });
      if (!signal.aborted) break; // finished (a replay without loop)
    } catch (error) {
      if (signal.aborted) break;
      const message = describeError(error);
      console.error(`[ingest] source ${source.name} failed: ${message}`);
      await db().source.update({ where: { id: source.id }, data: { status: "ERROR", lastError: message.slice(0, 500), lastErrorAt: new Date(), reconnects: { increment: 1 } } }).catch(() => undefined);
      // Jitter: many sources failing together (a network outage) must not retry in lockstep.
      await sleep(backoff * (0.5 + Math.random()), signal);
      backoff = Math.min(backoff * 2, 60_000);
      await setStatus(source.id, "RUNNING");
    }
  }
  await setStatus(source.id, signal.aborted ? "PAUSED" : "IDLE");
}

async function setStatus(sourceId: string, status: "RUNNING" | "PAUSED" | "IDLE"): Promise<void> {
  await db().source.update({ where: { id: sourceId }, data: { status } }).catch(() => undefined);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
