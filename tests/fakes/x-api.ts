import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A fake X API v2 on 127.0.0.1 speaking the documented wire format, for the
 * connector's integration tests and end-to-end tests: bearer-token check (401
 * problem JSON), recent search (`query` with OR'ed terms, `lang:`, `-is:retweet`;
 * `since_id`, `max_results`, `next_token`, `meta`), the filtered stream
 * (chunked newline-delimited JSON with `\r\n` keep-alives and `matching_rules`),
 * the stream rules (list, add with DuplicateRule and length errors, delete by
 * ids), the Post compliance stream (partitions), post lookup, and fields and
 * expansions honoured as X does (without `tweet.fields`, only id, text and
 * edit_history_tweet_ids). Faults on demand: 429 with `x-rate-limit-*`
 * headers, 5xx bursts, a dropped stream, raw lines.
 */
type Tweet = {
  id: string;
  text: string;
  created_at: string;
  lang: string;
  author_id: string;
  edit_history_tweet_ids: string[];
  attachments?: { media_keys: string[] };
  referenced_tweets?: { type: "retweeted" | "quoted" | "replied_to"; id: string }[];
  geo?: { coordinates: { type: "Point"; coordinates: [number, number] } };
  entities?: { hashtags: { start: number; end: number; tag: string }[] };
};
type User = { id: string; username: string; name: string };
type Media = { media_key: string; type: "photo" | "video" | "animated_gif"; url?: string; preview_image_url?: string; alt_text?: string };
export type FakeRule = { id: string; value: string; tag?: string };
export type FakeRequest = { method: string; path: string; query: Record<string, string>; body?: unknown };
export type PublishInput = {
  text: string;
  username?: string;
  name?: string;
  lang?: string;
  media?: Omit<Media, "media_key">[];
  geo?: { lat: number; lon: number };
  retweetOf?: string;
  quoteOf?: string;
  replyTo?: string;
  /** A new version of this post (X gives an edit a new id and chains the ids). */
  editOf?: string;
};
type Fault = { path: string; status: number; times: number; resetInSeconds?: number };

const UNAUTHORIZED = { title: "Unauthorized", type: "about:blank", status: 401, detail: "Unauthorized" };
const TOO_MANY = { title: "Too Many Requests", detail: "Too Many Requests", type: "about:blank", status: 429 };
const DEFAULT_TWEET_FIELDS = ["id", "text", "edit_history_tweet_ids"];
const OPTIONAL_TWEET_FIELDS = ["created_at", "lang", "author_id", "attachments", "referenced_tweets", "geo", "entities"] as const;

export async function startFakeX(options: { token: string; keepAliveMs?: number; maxQueryLength?: number }) {
  const tweets = new Map<string, Tweet>();
  const superseded = new Set<string>();
  const users = new Map<string, User>();
  const media = new Map<string, Media>();
  const rules = new Map<string, FakeRule>();
  const requests: FakeRequest[] = [];
  const faults: Fault[] = [];
  const streams = new Set<{ res: ServerResponse; params: URLSearchParams }>();
  const compliance = new Set<{ res: ServerResponse; partition: number }>();
  const maxLength = options.maxQueryLength ?? 512;
  let nextId = 1_870_000_000_000_000_000n;
  let nextRuleId = 1_800_000_000_000_000_000n;
  const streamWaiters: (() => void)[] = [];

  const newId = () => String((nextId += 1000n));
  const user = (username: string, name?: string): User => {
    const known = [...users.values()].find((candidate) => candidate.username === username);
    if (known) return known;
    const created = { id: String(3_000_000 + users.size), username, name: name ?? username };
    users.set(created.id, created);
    return created;
  };

  function render(tweet: Tweet, params: URLSearchParams): Record<string, unknown> {
    const fields = new Set(params.get("tweet.fields")?.split(",") ?? []);
    const out: Record<string, unknown> = {};
    for (const field of DEFAULT_TWEET_FIELDS) out[field] = tweet[field as keyof Tweet];
    for (const field of OPTIONAL_TWEET_FIELDS) if (fields.has(field) && tweet[field] !== undefined) out[field] = tweet[field];
    return out;
  }

  function userView(found: User, params: URLSearchParams) {
    const fields = new Set(params.get("user.fields")?.split(",") ?? []);
    return { id: found.id, name: found.name, username: found.username, ...(fields.has("created_at") ? { created_at: "2015-03-01T10:00:00.000Z" } : {}) };
  }

  function mediaView(item: Media, params: URLSearchParams) {
    const fields = new Set(params.get("media.fields")?.split(",") ?? []);
    const out: Record<string, unknown> = { media_key: item.media_key, type: item.type };
    for (const field of ["url", "preview_image_url", "alt_text"] as const) if (fields.has(field) && item[field] !== undefined) out[field] = item[field];
    return out;
  }

  /** `data` and `includes` for a list of posts, following the requested expansions. */
  function envelope(list: Tweet[], params: URLSearchParams) {
    const expansions = new Set(params.get("expansions")?.split(",") ?? []);
    const referenced = expansions.has("referenced_tweets.id")
      ? list.flatMap((tweet) => tweet.referenced_tweets ?? []).map((ref) => tweets.get(ref.id)).filter((tweet): tweet is Tweet => Boolean(tweet))
      : [];
    const authorIds = new Set<string>();
    if (expansions.has("author_id")) for (const tweet of list) authorIds.add(tweet.author_id);
    if (expansions.has("referenced_tweets.id.author_id")) for (const tweet of referenced) authorIds.add(tweet.author_id);
    const mediaKeys = expansions.has("attachments.media_keys") ? list.flatMap((tweet) => tweet.attachments?.media_keys ?? []) : [];
    const includes: Record<string, unknown[]> = {};
    if (authorIds.size) includes.users = [...authorIds].map((id) => userView(users.get(id)!, params));
    if (referenced.length) includes.tweets = referenced.map((tweet) => render(tweet, params));
    if (mediaKeys.length) includes.media = mediaKeys.map((key) => mediaView(media.get(key)!, params));
    return { data: list.map((tweet) => render(tweet, params)), ...(Object.keys(includes).length ? { includes } : {}) };
  }

  /** A stream line: one post as `data` (an object, not a list), its includes and the rules it matched. */
  function streamLine(tweet: Tweet, params: URLSearchParams, matchingRules: { id: string; tag?: string }[]): string {
    const { data, ...rest } = envelope([tweet], params);
    return JSON.stringify({ data: data[0], ...rest, matching_rules: matchingRules });
  }

  /** A small reading of X's query syntax: OR'ed words, phrases and hashtags, lang:, negations, -is:retweet. */
  function matches(query: string, tweet: Tweet): boolean {
    const tokens = query.match(/-?"[^"]*"|[^\s()]+/g) ?? [];
    const terms: string[] = [];
    const langs: string[] = [];
    const excluded: string[] = [];
    let noRetweets = false;
    for (const token of tokens) {
      if (token === "OR") continue;
      if (token === "-is:retweet") noRetweets = true;
      else if (token.startsWith("lang:")) langs.push(token.slice(5));
      else if (token.startsWith("-")) excluded.push(token.slice(1).replace(/"/g, "").toLowerCase());
      else if (!token.includes(":")) terms.push(token.replace(/"/g, "").toLowerCase());
    }
    const text = tweet.text.toLowerCase();
    if (noRetweets && tweet.referenced_tweets?.some((ref) => ref.type === "retweeted")) return false;
    if (langs.length && !langs.includes(tweet.lang)) return false;
    if (excluded.some((word) => text.includes(word))) return false;
    return terms.some((word) => text.includes(word));
  }

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    const reset = String(Math.ceil(Date.now() / 1000) + 900);
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", "x-rate-limit-limit": "450", "x-rate-limit-remaining": "449", "x-rate-limit-reset": reset, ...headers });
    res.end(JSON.stringify(body));
  }

  function invalid(res: ServerResponse, parameter: string, message: string) {
    send(res, 400, { errors: [{ parameters: { [parameter]: [] }, message }], title: "Invalid Request", detail: "One or more parameters to your request was invalid.", type: "https://api.twitter.com/2/problems/invalid-request" });
  }

  function search(res: ServerResponse, params: URLSearchParams) {
    const query = params.get("query") ?? "";
    if (!query) return invalid(res, "query", "The `query` query parameter can not be empty");
    if (query.length > maxLength) return invalid(res, "query", `The \`query\` query parameter can not be longer than ${maxLength} characters`);
    const max = Number(params.get("max_results") ?? 10);
    if (!(max >= 10 && max <= 100)) return invalid(res, "max_results", "The `max_results` query parameter value must be between 10 and 100");
    const sinceId = params.get("since_id");
    const token = params.get("next_token");
    const olderThan = token ? Buffer.from(token, "base64url").toString() : null;
    const found = [...tweets.values()]
      .filter((tweet) => !superseded.has(tweet.id) && matches(query, tweet))
      .filter((tweet) => !sinceId || BigInt(tweet.id) > BigInt(sinceId))
      .filter((tweet) => !olderThan || BigInt(tweet.id) < BigInt(olderThan))
      .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
    const page = found.slice(0, max);
    if (page.length === 0) return send(res, 200, { meta: { result_count: 0 } });
    const meta: Record<string, unknown> = { newest_id: page[0].id, oldest_id: page.at(-1)!.id, result_count: page.length };
    if (found.length > max) meta.next_token = Buffer.from(page.at(-1)!.id).toString("base64url");
    send(res, 200, { ...envelope(page, params), meta });
  }

  function changeRules(res: ServerResponse, body: { add?: { value?: string; tag?: string }[]; delete?: { ids?: string[] } }) {
    const sent = new Date().toISOString();
    if (body.delete) {
      const ids = body.delete.ids ?? [];
      const deleted = ids.filter((id) => rules.delete(id)).length;
      return send(res, 200, { meta: { sent, summary: { deleted, not_deleted: ids.length - deleted } } });
    }
    const created: FakeRule[] = [];
    const errors: Record<string, unknown>[] = [];
    for (const rule of body.add ?? []) {
      const value = rule.value ?? "";
      const existing = [...rules.values()].find((candidate) => candidate.value === value);
      if (existing) errors.push({ value, id: existing.id, title: "DuplicateRule", type: "https://api.twitter.com/2/problems/duplicate-rules" });
      else if (!value || value.length > maxLength) {
        errors.push({ value, details: [`Rule must be no longer than ${maxLength} characters.`], title: "UnprocessableEntity", type: "https://api.twitter.com/2/problems/invalid-rules" });
      } else {
        const added = { id: String((nextRuleId += 7n)), value, ...(rule.tag ? { tag: rule.tag } : {}) };
        rules.set(added.id, added);
        created.push(added);
      }
    }
    const invalidCount = errors.filter((error) => error.title !== "DuplicateRule").length;
    const summary = { created: created.length, not_created: errors.length, valid: (body.add ?? []).length - invalidCount, invalid: invalidCount };
    send(res, 201, { ...(created.length ? { data: created } : {}), meta: { sent, summary }, ...(errors.length ? { errors } : {}) });
  }

  function openStream(res: ServerResponse, register: () => void) {
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "x-rate-limit-limit": "50", "x-rate-limit-remaining": "49" });
    res.flushHeaders();
    const keepAlive = setInterval(() => res.write("\r\n"), options.keepAliveMs ?? 20_000);
    res.on("close", () => clearInterval(keepAlive));
    register();
  }

  async function readBody(req: IncomingMessage): Promise<unknown> {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    try {
      return raw ? JSON.parse(raw) : undefined;
    } catch {
      return raw;
    }
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const body = req.method === "POST" ? await readBody(req) : undefined;
    requests.push({ method: req.method ?? "GET", path: url.pathname, query: Object.fromEntries(url.searchParams), body });
    if (req.headers.authorization !== `Bearer ${options.token}`) return send(res, 401, UNAUTHORIZED);
    const fault = faults.find((candidate) => candidate.times > 0 && candidate.path === url.pathname);
    if (fault) {
      fault.times--;
      if (fault.status === 429) {
        const reset = String(Math.ceil(Date.now() / 1000) + (fault.resetInSeconds ?? 900));
        return send(res, 429, TOO_MANY, { "x-rate-limit-remaining": "0", "x-rate-limit-reset": reset });
      }
      return send(res, fault.status, { title: "Service Unavailable", detail: "Service Unavailable", type: "about:blank", status: fault.status });
    }
    const params = url.searchParams;
    if (url.pathname === "/2/tweets/search/recent" && req.method === "GET") return search(res, params);
    if (url.pathname === "/2/tweets/search/stream/rules" && req.method === "GET") {
      const list = [...rules.values()];
      return send(res, 200, { ...(list.length ? { data: list } : {}), meta: { sent: new Date().toISOString(), result_count: list.length } });
    }
    if (url.pathname === "/2/tweets/search/stream/rules" && req.method === "POST") return changeRules(res, (body ?? {}) as Parameters<typeof changeRules>[1]);
    if (url.pathname === "/2/tweets/search/stream" && req.method === "GET") {
      return openStream(res, () => {
        const entry = { res, params };
        streams.add(entry);
        res.on("close", () => streams.delete(entry));
        streamWaiters.splice(0).forEach((resolve) => resolve());
      });
    }
    if (url.pathname === "/2/tweets/compliance/stream" && req.method === "GET") {
      const partition = Number(params.get("partition"));
      if (![1, 2, 3, 4].includes(partition)) return invalid(res, "partition", "The `partition` query parameter value must be between 1 and 4");
      return openStream(res, () => {
        const entry = { res, partition };
        compliance.add(entry);
        res.on("close", () => compliance.delete(entry));
      });
    }
    if (url.pathname === "/2/tweets" && req.method === "GET") {
      const list = (params.get("ids") ?? "").split(",").map((id) => tweets.get(id)).filter((tweet): tweet is Tweet => Boolean(tweet));
      return send(res, 200, list.length ? envelope(list, params) : { errors: [{ title: "Not Found Error", detail: "Could not find tweet." }] });
    }
    send(res, 404, { title: "Not Found Error", detail: "Sorry, that page does not exist.", type: "about:blank", status: 404 });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function writeCompliance(id: string, event: unknown) {
    const partition = Number(BigInt(id) % 4n) + 1;
    for (const entry of compliance) if (entry.partition === partition) entry.res.write(`${JSON.stringify(event)}\r\n`);
  }

  return {
    url: base,
    requests,
    /** The rules as X holds them. */
    rules: () => [...rules.values()],
    addRule: (value: string, tag?: string) => {
      const rule = { id: String((nextRuleId += 7n)), value, ...(tag ? { tag } : {}) };
      rules.set(rule.id, rule);
      return rule;
    },
    /** Stores a post (recent search finds it) and sends it to every open stream it matches a rule of. */
    publish(input: PublishInput): string {
      const id = newId();
      const author = user(input.username ?? "marie_dax", input.name);
      const previous = input.editOf ? tweets.get(input.editOf) : undefined;
      if (previous) superseded.add(previous.id);
      const keys = (input.media ?? []).map((item, index) => {
        const key = `3_${id}${index}`;
        media.set(key, { media_key: key, ...item });
        return key;
      });
      const refs = [
        ...(input.retweetOf ? [{ type: "retweeted" as const, id: input.retweetOf }] : []),
        ...(input.quoteOf ? [{ type: "quoted" as const, id: input.quoteOf }] : []),
        ...(input.replyTo ? [{ type: "replied_to" as const, id: input.replyTo }] : []),
      ];
      const original = input.retweetOf ? tweets.get(input.retweetOf) : undefined;
      const text = original ? `RT @${users.get(original.author_id)?.username}: ${original.text}`.slice(0, 140) : input.text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
      const tweet: Tweet = {
        id,
        text,
        created_at: new Date().toISOString(),
        lang: input.lang ?? "fr",
        author_id: author.id,
        edit_history_tweet_ids: [...(previous?.edit_history_tweet_ids ?? []), id],
        ...(keys.length ? { attachments: { media_keys: keys } } : {}),
        ...(refs.length ? { referenced_tweets: refs } : {}),
        ...(input.geo ? { geo: { coordinates: { type: "Point" as const, coordinates: [input.geo.lon, input.geo.lat] as [number, number] } } } : {}),
      };
      tweets.set(id, tweet);
      for (const stream of streams) {
        const matching = [...rules.values()].filter((rule) => matches(rule.value, tweet)).map((rule) => ({ id: rule.id, ...(rule.tag ? { tag: rule.tag } : {}) }));
        if (matching.length) stream.res.write(`${streamLine(tweet, stream.params, matching)}\r\n`);
      }
      return id;
    },
    /** A stream line exactly as written (malformed lines, foreign rules). */
    pushStreamLine: (line: string) => streams.forEach((stream) => stream.res.write(`${line}\r\n`)),
    /** The line X would send for this post on the connection's fields. */
    streamLineFor(id: string, matchingRules: { id: string; tag?: string }[]): string {
      const stream = [...streams][0];
      return streamLine(tweets.get(id)!, stream?.params ?? new URLSearchParams(), matchingRules);
    },
    openStreams: () => streams.size,
    openComplianceStreams: () => compliance.size,
    /** Resolves once a filtered-stream connection is open (at once if one is). */
    waitForStream: () => new Promise<void>((resolve) => (streams.size ? resolve() : streamWaiters.push(resolve))),
    /** Ends every stream connection cleanly, or cuts the sockets. */
    dropStreams(how: "end" | "destroy" = "end") {
      for (const stream of streams) how === "end" ? stream.res.end() : stream.res.destroy();
      streams.clear();
    },
    deleteTweet(id: string) {
      const tweet = tweets.get(id);
      tweets.delete(id);
      writeCompliance(id, { data: { delete: { tweet: { id, author_id: tweet?.author_id ?? "0" }, event_at: new Date().toISOString() } } });
    },
    /** Publishes a new version of a post and sends the tweet_edit compliance event. */
    editTweet(id: string, text: string): string {
      const previous = tweets.get(id)!;
      const author = users.get(previous.author_id)!;
      const newIdValue = this.publish({ text, username: author.username, lang: previous.lang, editOf: id });
      const chain = tweets.get(newIdValue)!.edit_history_tweet_ids;
      writeCompliance(newIdValue, { data: { tweet_edit: { tweet: { id: newIdValue, author_id: author.id }, initial_tweet_id: chain[0], edit_tweet_ids: chain, event_at: new Date().toISOString() } } });
      return newIdValue;
    },
    pushComplianceLine: (line: string) => compliance.forEach((entry) => entry.res.write(`${line}\r\n`)),
    /** The next `times` requests to `path` answer 429 with a window resetting in `resetInSeconds`. */
    rateLimit: (path: string, resetInSeconds: number, times = 1) => void faults.push({ path, status: 429, times, resetInSeconds }),
    /** The next `times` requests to `path` answer `status` (a 5xx burst). */
    fail: (path: string, status: number, times: number) => void faults.push({ path, status, times }),
    async close() {
      for (const entry of [...streams, ...compliance]) entry.res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export type FakeX = Awaited<ReturnType<typeof startFakeX>>;
