/**
 * The interface every pull connector implements (replay here; Mastodon,
 * Bluesky, RSS and X next). A connector runs until its signal aborts, starts
 * from the saved cursor, and hands each batch to `deliver` with the cursor
 * that follows it; `deliver` resolves only once the batch is committed
 * (acknowledgement), which is also the backpressure: a connector never reads
 * ahead of what has been stored.
 */
import type { WatchSettings } from "./watch-filter";

export type ConnectorSource = { id: string; activationId: string; name: string; config: Record<string, unknown>; secret: string | null };

export type ConnectorContext = {
  source: ConnectorSource;
  cursor: string | null;
  deliver: (payloads: unknown[], cursor: string) => Promise<void>;
  signal: AbortSignal;
  /** Sleeps, waking early when the connector is stopped. */
  sleep: (ms: number) => Promise<void>;
  /**
   * The activation's current keywords, hashtags, languages and area, read
   * fresh on each call: connectors that ask the network to filter (X stream
   * rules, Bluesky search) follow edits of the watch while they run.
   */
  watchSettings: () => Promise<WatchSettings>;
};

export type Connector = { run: (ctx: ConnectorContext) => Promise<void> };
export type ConnectorFactory = () => Connector;
