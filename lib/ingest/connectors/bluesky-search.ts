import { outboundFetch } from "../../outbound/guard-outbound-connections";
import { retryAfterSeconds } from "./retry-after";
import { recordToPayload, type BlueskyRecord } from "./bluesky-record";

/**
 * `app.bsky.feed.searchPosts` for the look back (what was posted before the
 * source started, or while Jetstream was unreachable). Bluesky closed
 * unauthenticated post search in 2025, so it runs with an app password:
 * `com.atproto.server.createSession` on the account's PDS, then searchPosts
 * through that PDS (which proxies to the AppView) with the access token,
 * refreshed with `refreshSession` when it expires.
 */
export type BlueskyAccount = { serviceUrl: string; identifier: string; password: string };
type Session = { accessJwt: string; refreshJwt: string };
type PostView = { uri?: string; author?: { did?: string; handle?: string; displayName?: string }; record?: BlueskyRecord; embed?: Record<string, unknown>; indexedAt?: string };

export class BlueskyHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type SearchOutcome = { kind: "ok"; payloads: unknown[]; newest: string | null } | { kind: "wait"; ms: number };

export class BlueskySearch {
  private session: Session | null = null;

  constructor(
    private readonly account: BlueskyAccount,
    private readonly signal: AbortSignal,
  ) {}

  /** Posts matching `term` since `since` (ISO), oldest first, at most `maxPages` pages of 100. */
  async search(term: string, options: { since: string; lang: string | null; maxPages?: number }): Promise<SearchOutcome> {
    const found: PostView[] = [];
    let pageCursor: string | undefined;
    for (let page = 0; page < (options.maxPages ?? 5); page++) {
      const params = new URLSearchParams({ q: /\s/.test(term) ? `"${term}"` : term, sort: "latest", limit: "100", since: options.since });
      if (options.lang) params.set("lang", options.lang);
      if (pageCursor) params.set("cursor", pageCursor);
      const response = await this.call(`/xrpc/app.bsky.feed.searchPosts?${params}`);
      if (response.status === 429) return { kind: "wait", ms: waitMs(response) };
      const body = (await response.json()) as { posts?: PostView[]; cursor?: string };
      if (!Array.isArray(body.posts)) throw new BlueskyHttpError(502, "Bluesky search: unexpected answer");
      found.push(...body.posts);
      if (!body.cursor || body.posts.length === 0) break;
      pageCursor = body.cursor;
    }
    const payloads: unknown[] = [];
    let newest: string | null = null;
    for (const post of found.reverse()) {
      const match = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/]+)$/.exec(post.uri ?? "");
      if (!match || !post.record) {
        payloads.push({ kind: "unparseable", reason: "bluesky: search result without a post uri or record", raw: post });
        continue;
      }
      payloads.push(recordToPayload({ did: match[1], rkey: match[2], record: post.record, handle: post.author?.handle, displayName: post.author?.displayName, embedView: post.embed ?? null }));
      const at = post.record.createdAt ?? post.indexedAt;
      if (at && (!newest || at > newest)) newest = at;
    }
    return { kind: "ok", payloads, newest };
  }

  /** One authenticated call; an expired access token is refreshed once, a refused password is reported as such. */
  private async call(path: string): Promise<Response> {
    if (!this.session) this.session = await this.createSession();
    let response = await this.get(path, this.session.accessJwt);
    if (response.status === 400 || response.status === 401) {
      const error = (await response.clone().json().catch(() => ({}))) as { error?: string };
      if (error.error === "ExpiredToken" || error.error === "InvalidToken") {
        this.session = await this.refreshSession().catch(() => this.createSession());
        response = await this.get(path, this.session.accessJwt);
      }
    }
    if (response.status === 401 || response.status === 403) throw new BlueskyHttpError(response.status, `Bluesky search: access refused (HTTP ${response.status})`);
    if (response.status !== 429 && !response.ok) throw new BlueskyHttpError(response.status, `Bluesky search answered HTTP ${response.status}`);
    return response;
  }

  private get(path: string, token: string): Promise<Response> {
    return outboundFetch(new URL(path, this.account.serviceUrl), {
      headers: { accept: "application/json", authorization: `Bearer ${token}`, "user-agent": "Vigie (veille de crise)" },
      signal: AbortSignal.any([this.signal, AbortSignal.timeout(30_000)]),
    });
  }

  private async createSession(): Promise<Session> {
    const response = await outboundFetch(new URL("/xrpc/com.atproto.server.createSession", this.account.serviceUrl), {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ identifier: this.account.identifier, password: this.account.password }),
      signal: AbortSignal.any([this.signal, AbortSignal.timeout(30_000)]),
    });
    if (response.status === 401 || response.status === 400) throw new BlueskyHttpError(401, `Bluesky: app password refused for ${this.account.identifier} (HTTP ${response.status})`);
    if (response.status === 429) throw new BlueskyHttpError(429, `Bluesky: too many logins, retry in ${Math.round(waitMs(response) / 1000)} s`);
    if (!response.ok) throw new BlueskyHttpError(response.status, `Bluesky login answered HTTP ${response.status}`);
    return sessionOf(await response.json());
  }

  private async refreshSession(): Promise<Session> {
    const response = await outboundFetch(new URL("/xrpc/com.atproto.server.refreshSession", this.account.serviceUrl), {
      method: "POST",
      headers: { accept: "application/json", authorization: `Bearer ${this.session?.refreshJwt ?? ""}` },
      signal: AbortSignal.any([this.signal, AbortSignal.timeout(30_000)]),
    });
    if (!response.ok) throw new BlueskyHttpError(response.status, `Bluesky session refresh answered HTTP ${response.status}`);
    return sessionOf(await response.json());
  }
}

function sessionOf(body: unknown): Session {
  const session = body as Partial<Session>;
  if (!session.accessJwt || !session.refreshJwt) throw new BlueskyHttpError(502, "Bluesky login: unexpected answer");
  return { accessJwt: session.accessJwt, refreshJwt: session.refreshJwt };
}

/** Bluesky sends Retry-After on some 429s and `ratelimit-reset` (epoch seconds) on others. */
function waitMs(response: Response): number {
  const reset = Number(response.headers.get("ratelimit-reset"));
  if (!response.headers.get("retry-after") && Number.isFinite(reset) && reset > 0) return Math.max(1000, Math.min(3600_000, reset * 1000 - Date.now()));
  return retryAfterSeconds(response.headers.get("retry-after")) * 1000;
}
