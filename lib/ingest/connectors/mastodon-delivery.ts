import type { ConnectorContext } from "../connector";
import { compareIds } from "./mastodon-ids";

/** "<instance>#<tag>" → newest status id stored for that instance and hashtag. */
export type MastodonCursor = Record<string, string>;

export function parseMastodonCursor(text: string | null): MastodonCursor {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  } catch {
    // A lost cursor costs one page again; statuses are stored once anyway.
    return {};
  }
}

/**
 * The one way a Mastodon run hands payloads over, whatever produced them (REST
 * pages, several sockets): payloads wait here briefly and go out together
 * (every `maxDelayMs` or `maxEvents`), one delivery at a time, each with the
 * cursor as it stands after the payloads it carries, so a committed cursor
 * never points past anything that is not committed.
 */
export class DeliveryQueue {
  private pending: unknown[] = [];
  private cursor: MastodonCursor;
  private chain: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private rejectFailed: (error: unknown) => void = () => undefined;
  /** Rejects on the first delivery that fails (the database is away): the run stops and the supervisor retries. */
  readonly failed: Promise<never>;

  constructor(
    private readonly deliver: ConnectorContext["deliver"],
    initial: MastodonCursor,
    private readonly limits = { maxEvents: 100, maxDelayMs: 250 },
  ) {
    this.cursor = { ...initial };
    this.failed = new Promise<never>((_, reject) => (this.rejectFailed = reject));
    this.failed.catch(() => undefined);
  }

  position(key: string): string | undefined {
    return this.cursor[key];
  }

  /** Queues payloads; `advance` moves the key's cursor forward (never back) along with them. */
  push(payloads: unknown[], advance?: { key: string; id: string | undefined }): void {
    this.pending.push(...payloads);
    const current = advance ? this.cursor[advance.key] : undefined;
    if (advance?.id && (!current || compareIds(advance.id, current) > 0)) this.cursor = { ...this.cursor, [advance.key]: advance.id };
    if (this.pending.length >= this.limits.maxEvents) void this.flush().catch(() => undefined);
    else if (!this.timer && this.pending.length) this.timer = setTimeout(() => void this.flush().catch(() => undefined), this.limits.maxDelayMs);
  }

  /** Delivers what is queued; resolves once it (and every earlier batch) is committed. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending.splice(0);
    const cursor = JSON.stringify(this.cursor);
    this.chain = this.chain.then(() => (batch.length ? this.deliver(batch, cursor) : undefined));
    this.chain.catch((error: unknown) => this.rejectFailed(error));
    return this.chain;
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
