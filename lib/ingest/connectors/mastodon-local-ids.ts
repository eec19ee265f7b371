import { db } from "../../db/client";
import { statusExternalId, type MastodonStatus } from "./mastodon-status";

/**
 * A streamed `delete` carries only the status id local to the instance that
 * sent it, while posts are stored under the status URI (global). This maps
 * one to the other: first from the statuses this run has seen (bounded, most
 * recent kept), then from the database.
 */
export class LocalStatusIds {
  private readonly uris = new Map<string, string>();

  constructor(private readonly max = 20_000) {}

  /** Remembers the original (a boost's own id is not the status deleted with it). */
  rememberStatus(host: string, status: MastodonStatus): void {
    const original = status.reblog ?? status;
    const uri = statusExternalId(original, host);
    if (!original.id || !uri) return;
    const key = `${host}\u0000${original.id}`;
    this.uris.delete(key);
    this.uris.set(key, uri);
    if (this.uris.size > this.max) this.uris.delete(this.uris.keys().next().value!);
  }

  get(host: string, localId: string): string | undefined {
    return this.uris.get(`${host}\u0000${localId}`);
  }
}

// The recent end of the source's posts: deletions concern recent statuses, and this bounds the scan.
const LOOKBACK = 50_000;

/**
 * The externalId of a post this source stored for `host`'s status `localId`,
 * or null. Matches the instance-local id that statusToPayload keeps in the raw
 * payload (`localId`); when the raw payload is gone (erased by a data-subject
 * request), a status local to that instance still matches by its URL
 * (`https://host/@user/<id>`). Never guesses: an unknown id deletes nothing.
 */
export async function findPostByLocalId(options: { activationId: string; sourceId: string; host: string; localId: string }): Promise<string | null> {
  if (!/^[0-9A-Za-z_-]{1,40}$/.test(options.localId)) return null;
  const localUrl = `%://${likeEscape(options.host)}/@%/${likeEscape(options.localId)}`;
  const rows = await db().$queryRaw<{ externalId: string }[]>`
    SELECT "externalId" FROM (
      SELECT "externalId", "raw", "url" FROM "Post"
      WHERE "activationId" = ${options.activationId}::uuid AND "sourceId" = ${options.sourceId}::uuid
        AND "network" = 'mastodon' AND "deletedAt" IS NULL
      ORDER BY id DESC LIMIT ${LOOKBACK}
    ) recent
    WHERE ("raw"->'localId'->>'host' = ${options.host} AND "raw"->'localId'->>'id' = ${options.localId})
       OR "url" LIKE ${localUrl}
    LIMIT 1`;
  return rows[0]?.externalId ?? null;
}

function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
