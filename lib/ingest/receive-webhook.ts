import { db } from "../db/client";
import { AppError, requireUuid } from "../errors";
import { ingestBatch, type IngestResult } from "./ingest-batch";
import { loadWatchFilter } from "./load-watch-filter";
import { verifySignature } from "./webhook-signature";

export const MAX_WEBHOOK_BYTES = 5 * 1024 * 1024;
const MAX_EVENTS = 5000;

/**
 * A signed push from a partner or a script: checks the source, its state and
 * the signature before reading anything, then runs the body's events through
 * the pipeline. The body is `{ "events": [ … ] }`, an array, or one event.
 */
export async function receiveWebhook(input: { sourceId: string; body: string; signature: string | null }): Promise<IngestResult> {
  requireUuid(input.sourceId, "Unknown source");
  const source = await db().source.findUnique({ where: { id: input.sourceId }, include: { activation: { select: { status: true } } } });
  if (!source || source.kind !== "WEBHOOK" || !source.secret) throw new AppError("NOT_FOUND", "Unknown source");
  // Wrong signature: 401 and nothing stored, not even a dead letter (it may be noise or an attack).
  if (!verifySignature(source.secret, input.body, input.signature)) throw new AppError("UNAUTHENTICATED", "Bad signature");
  if (!source.enabled || source.activation.status !== "ACTIVE") throw new AppError("CONFLICT", "Source paused or activation not active");
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.body);
  } catch {
    throw new AppError("INVALID_INPUT", "Body is not JSON");
  }
  const events = Array.isArray(parsed) ? parsed : parsed && typeof parsed === "object" && Array.isArray((parsed as { events?: unknown }).events) ? (parsed as { events: unknown[] }).events : [parsed];
  if (events.length > MAX_EVENTS) throw new AppError("INVALID_INPUT", `At most ${MAX_EVENTS} events per request`);
  const config = (source.config ?? {}) as { applyWatchFilter?: boolean };
  const filter = config.applyWatchFilter === false ? null : await loadWatchFilter(source.activationId);
  return ingestBatch({ activationId: source.activationId, sourceId: source.id, payloads: events, filter });
}
