import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../../lib/db/client";
import { closePgPool } from "../../../lib/db/pg-pool";
import { testXSource, xConnector } from "../../../lib/ingest/connectors/x";
import { ingestBatch } from "../../../lib/ingest/ingest-batch";
import { loadWatchSettings } from "../../../lib/ingest/load-watch-settings";
import { startFakeX, type FakeX } from "../../fakes/x-api";
import { createActivation, createOrganization, createUser, resetDatabase } from "../helpers/fixtures";

/**
 * The X connector against a fake X API v2 (tests/fakes/x-api.ts), with the
 * real pipeline (ingestBatch) and database. Sleeps are recorded and shortened
 * to a few milliseconds, so streams, reconnections and rule checks run fast.
 */
const TOKEN = "AAAAAAAAAAAAAAAAAAAAAvigie-test-token";
let fake: FakeX;
let activationId: string;
let sourceId: string;

beforeEach(async () => {
  await resetDatabase();
  fake = await startFakeX({ token: TOKEN, keepAliveMs: 50 });
  const org = await createOrganization();
  const user = await createUser({ role: "COORDINATOR", organizationId: org.id });
  activationId = (await createActivation({ ownerOrganizationId: org.id, createdById: user.id, keywords: ["crue", "inondation"] })).id;
  // The source kind X is added with the source registry; the connector does not depend on the kind.
  sourceId = (await db().source.create({ data: { activationId, kind: "X", name: "X", config: {} } })).id;
});
const running: Run[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((run) => run.stop().catch(() => undefined)));
  await fake.close();
});
afterAll(async () => {
  await closePgPool();
});

type Run = { waits: number[]; done: Promise<void>; stop: () => Promise<void> };

/** Runs the connector from the saved cursor until stopped, or until `polls` search polls are done. */
async function start(config: Record<string, unknown>, options: { secret?: string; polls?: number } = {}): Promise<Run> {
  const controller = new AbortController();
  const waits: number[] = [];
  const interval = ((config.intervalSeconds as number | undefined) ?? 60) * 1000;
  const { cursor } = await db().source.findUniqueOrThrow({ where: { id: sourceId } });
  const done = xConnector().run({
    source: { id: sourceId, activationId, name: "X", config: { baseUrl: fake.url, rulesCheckSeconds: 1, ...config }, secret: options.secret ?? TOKEN },
    cursor,
    signal: controller.signal,
    sleep: (ms) => {
      waits.push(ms);
      if (options.polls && waits.filter((wait) => wait === interval).length >= options.polls) controller.abort();
      return new Promise((resolve) => {
        const wake = () => (clearTimeout(timer), controller.signal.removeEventListener("abort", wake), resolve());
        const timer = setTimeout(wake, Math.min(ms, 20));
        controller.signal.addEventListener("abort", wake, { once: true });
      });
    },
    deliver: async (payloads, next) => void (await ingestBatch({ activationId, sourceId, payloads, cursor: next })),
    watchSettings: () => loadWatchSettings(activationId),
  });
  done.catch(() => undefined); // awaited (or stopped) by the test; never an unhandled rejection
  const run = { waits, done, stop: async () => (controller.abort(), await done) };
  running.push(run);
  return run;
}

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const posts = () => db().post.findMany({ where: { activationId }, orderBy: { id: "asc" } });
const stored = async (externalId: string) => (await db().post.count({ where: { activationId, externalId } })) === 1;
const savedCursor = async () => JSON.parse((await db().source.findUniqueOrThrow({ where: { id: sourceId } })).cursor ?? "{}") as { sinceId?: string };
const searches = () => fake.requests.filter((request) => request.path === "/2/tweets/search/recent");
const ownRules = () => fake.rules().filter((rule) => rule.tag === `vigie:${sourceId}`);

describe("X connector: recent search", () => {
  it("pages through the first fetch, stores posts as X shapes them, then asks only for what is newer (since_id)", async () => {
    await db().activation.update({ where: { id: activationId }, data: { hashtags: ["#Dax"], languages: ["fr"] } });
    const quoted = fake.publish({ text: "Alerte crue orange sur l'Adour", username: "vigicrues", name: "Vigicrues" });
    for (let i = 0; i < 230; i++) fake.publish({ text: `La crue monte, relevé ${i}` });
    const rich = fake.publish({
      text: "Rue inondée & parking fermé #Dax",
      username: "paul_landes",
      name: "Paul",
      media: [{ type: "photo", url: "https://pbs.twimg.com/media/a.jpg", alt_text: "Rue sous l'eau" }],
      geo: { lat: 43.71, lon: -1.05 },
      quoteOf: quoted,
    });
    fake.publish({ text: "Beau temps à Pau" }); // matches nothing
    fake.publish({ text: "Flood in Dax crue", lang: "en" }); // not a watched language
    fake.publish({ text: "", retweetOf: rich, username: "relai" }); // retweets are left out of the query

    await (await start({ stream: false }, { polls: 1 })).done;
    expect(await db().post.count({ where: { activationId } })).toBe(232);
    const first = searches();
    expect(first).toHaveLength(3); // 100 + 100 + 32, following next_token
    expect(first[0].query).toMatchObject({ query: "(crue OR inondation OR #Dax) lang:fr -is:retweet", max_results: "100" });
    expect(first[0].query.since_id).toBeUndefined();
    expect(first[0].query.expansions).toContain("attachments.media_keys");
    expect(first[1].query.next_token).toBeTruthy();

    const post = await db().post.findFirstOrThrow({ where: { activationId, externalId: rich } });
    expect(post).toMatchObject({
      network: "x",
      url: `https://x.com/paul_landes/status/${rich}`,
      authorHandle: "@paul_landes",
      authorName: "Paul",
      text: "Rue inondée & parking fermé #Dax",
      lang: "fr",
      geoLat: 43.71,
      geoLon: -1.05,
      quoteOf: quoted,
    });
    expect(post.media).toEqual([{ url: "https://pbs.twimg.com/media/a.jpg", type: "image", alt: "Rue sous l'eau" }]);
    expect((await savedCursor()).sinceId).toBe(rich);

    const later = [fake.publish({ text: "Inondation à Saint-Paul-lès-Dax" }), fake.publish({ text: "La crue baisse" })];
    fake.requests.length = 0;
    await (await start({ stream: false }, { polls: 1 })).done;
    expect(searches()[0].query.since_id).toBe(rich);
    expect(await db().post.count({ where: { activationId } })).toBe(234);
    expect((await savedCursor()).sinceId).toBe(later[1]);
  });

  it("splits a keyword list too long for one query, every query within the limit", async () => {
    const keywords = Array.from({ length: 40 }, (_, i) => `mot clé numéro ${i}`);
    await db().activation.update({ where: { id: activationId }, data: { keywords } });
    const ids = [fake.publish({ text: "vu: mot clé numéro 0" }), fake.publish({ text: "vu: mot clé numéro 39" })];
    await (await start({ stream: false, maxQueryLength: 200 }, { polls: 1 })).done;
    const queries = searches().map((request) => request.query.query);
    expect(queries.length).toBeGreaterThanOrEqual(5);
    expect(queries.every((query) => query.length <= 200)).toBe(true);
    expect(queries.join(" ")).toContain('"mot clé numéro 39"');
    for (const id of ids) expect(await stored(id)).toBe(true);
  });

  it("waits for x-rate-limit-reset on a 429, then goes on", async () => {
    const id = fake.publish({ text: "La crue monte" });
    fake.rateLimit("/2/tweets/search/recent", 7);
    const run = await start({ stream: false }, { polls: 1 });
    await run.done;
    // The reset is announced in whole epoch seconds, 7 s ahead.
    expect(run.waits[0]).toBeGreaterThan(6000);
    expect(run.waits[0]).toBeLessThanOrEqual(8000);
    expect(await stored(id)).toBe(true);
  });

  it("throws on a burst of 5xx (the supervisor backs off), and a re-run from the cursor recovers", async () => {
    const ids = [fake.publish({ text: "crue 1" }), fake.publish({ text: "crue 2" })];
    fake.fail("/2/tweets/search/recent", 503, 2);
    await expect((await start({ stream: false }, { polls: 1 })).done).rejects.toThrow("X API answered HTTP 503 on /2/tweets/search/recent");
    await expect((await start({ stream: false }, { polls: 1 })).done).rejects.toThrow(/HTTP 503/);
    expect((await db().source.findUniqueOrThrow({ where: { id: sourceId } })).cursor).toBeNull();
    await (await start({ stream: false }, { polls: 1 })).done;
    for (const id of ids) expect(await stored(id)).toBe(true);
    expect((await savedCursor()).sinceId).toBe(ids[1]);
  });

  it("reports a refused bearer token clearly, and tests the connection", async () => {
    await expect((await start({ stream: false }, { secret: "wrong-token", polls: 1 })).done).rejects.toThrow("bearer token refused (HTTP 401)");
    await expect((await start({ stream: true }, { secret: "wrong-token" })).done).rejects.toThrow("bearer token refused (HTTP 401)");

    fake.publish({ text: "La crue monte" });
    const settings = await loadWatchSettings(activationId);
    const refused = await testXSource({ baseUrl: fake.url }, "wrong-token", AbortSignal.timeout(5000), { settings });
    expect(refused.map((check) => check.ok)).toEqual([false, false]);
    expect(refused[0].detail).toBe("bearer token refused (HTTP 401)");
    const checks = await testXSource({ baseUrl: fake.url }, TOKEN, AbortSignal.timeout(5000), { settings, sourceId });
    expect(checks).toEqual([
      { url: expect.stringContaining("/2/tweets/search/recent?query="), ok: true, detail: "1 post" },
      { url: `${fake.url}/2/tweets/search/stream/rules`, ok: true, detail: "0 stream rules (0 of this source)" },
    ]);
    expect(searches().at(-1)?.query).toMatchObject({ query: "(crue OR inondation) -is:retweet", max_results: "10" });
  });
});

describe("X connector: filtered stream", () => {
  it("keeps its own tagged rules in sync with the watch, and stores live posts of its rules only", async () => {
    const foreign = fake.addRule("foot -is:retweet", "vigie:another-source");
    const run = await start({ stream: true });
    await fake.waitForStream();
    expect(ownRules().map((rule) => rule.value)).toEqual(["(crue OR inondation) -is:retweet"]);

    const live = fake.publish({ text: "La crue atteint les quais" });
    const other = fake.publish({ text: "Match de foot reporté" }); // another source's rule
    await until(() => stored(live), "the live post");
    const next = fake.publish({ text: "Inondation rue Gambetta" });
    await until(() => stored(next), "the next live post");
    expect(await stored(other)).toBe(false);

    // The watch is edited while streaming: the rule follows, the other source's rule is left alone.
    await db().activation.update({ where: { id: activationId }, data: { keywords: ["submersion"], hashtags: ["#Biarritz"], languages: ["fr"] } });
    await until(() => ownRules()[0]?.value === "(submersion OR #Biarritz) lang:fr -is:retweet", "the changed rule");
    expect(ownRules()).toHaveLength(1);
    expect(fake.rules().find((rule) => rule.id === foreign.id)).toEqual(foreign);
    expect(fake.requests.some((request) => request.method === "POST" && (request.body as { delete?: { ids: string[] } }).delete?.ids.length === 1)).toBe(true);
    const after = fake.publish({ text: "Submersion marine sur la Grande Plage" });
    await until(() => stored(after), "a post of the new rule");

    // Nothing watched any more: its rules are removed.
    await db().activation.update({ where: { id: activationId }, data: { keywords: [], hashtags: [] } });
    await until(() => ownRules().length === 0, "the rules removed");
    await run.stop();
    expect(fake.rules()).toEqual([foreign]);
  });

  it("after a dropped stream, fills the gap from the cursor (since_id) before following again: nothing lost, nothing twice", async () => {
    const run = await start({ stream: true });
    await fake.waitForStream();
    const before = fake.publish({ text: "crue: avant la coupure" });
    await until(() => stored(before), "the first live post");
    await until(async () => (await savedCursor()).sinceId === before, "the cursor");

    fake.dropStreams("destroy");
    const missed = [fake.publish({ text: "crue: pendant la coupure 1" }), fake.publish({ text: "inondation: pendant la coupure 2" })];
    await until(async () => (await Promise.all(missed.map(stored))).every(Boolean), "the gap filled");
    expect(searches().some((request) => request.query.since_id === before)).toBe(true);

    await fake.waitForStream();
    const afterwards = fake.publish({ text: "crue: après la reprise" });
    await until(() => stored(afterwards), "the post after the resume");
    fake.dropStreams("end"); // a clean end of the stream is a drop too
    const last = fake.publish({ text: "crue: dernière" });
    await until(() => stored(last), "the post after the second drop");
    await run.stop();

    const all = await posts();
    expect(all.map((post) => post.externalId).sort()).toEqual([before, ...missed, afterwards, last].sort());
    expect((await savedCursor()).sinceId).toBe(last);
  });

  it("dead-letters a malformed line and stores the following ones; folds a retweet to its original", async () => {
    const run = await start({ stream: true });
    await fake.waitForStream();
    const rule = ownRules()[0];
    fake.pushStreamLine('{"data": {"id": "1870000000000000001", "text": "coupé');
    fake.pushStreamLine(JSON.stringify({ unexpected: true }));
    const original = fake.publish({ text: "Le pont de Dax vu du ciel", username: "photographe", name: "Photographe" }); // matches no rule
    const retweet = fake.publish({ text: "", retweetOf: original, username: "relai" });
    fake.pushStreamLine(fake.streamLineFor(retweet, [{ id: rule.id, tag: rule.tag }]));
    const next = fake.publish({ text: "La crue continue" });
    // The stream's lines wait while the connector fills the gap, which may find `next` first: wait for all of it.
    const letterCount = () => db().deadLetter.count({ where: { activationId } });
    await until(async () => (await stored(next)) && (await stored(original)) && (await letterCount()) === 2, "the lines around the malformed ones");
    await run.stop();

    const letters = await db().deadLetter.findMany({ where: { activationId }, orderBy: { id: "asc" } });
    expect(letters.map((letter) => letter.reason)).toEqual(["X stream: line is not JSON", "X stream: line without a post"]);
    expect(letters[0].payload).toMatchObject({ raw: '{"data": {"id": "1870000000000000001", "text": "coupé' });
    const folded = await db().post.findFirstOrThrow({ where: { activationId, externalId: original } });
    expect(folded).toMatchObject({ authorHandle: "@photographe", text: "Le pont de Dax vu du ciel", url: `https://x.com/photographe/status/${original}` });
    expect(await stored(retweet)).toBe(false);
  });
});

describe("X connector: compliance stream", () => {
  it("tombstones deleted posts and applies edits of stored posts, ignoring the rest of the network", async () => {
    const kept = fake.publish({ text: "La crue monte à Dax" });
    const doomed = fake.publish({ text: "Inondation rue des Carmes" });
    const elsewhere = fake.publish({ text: "Rien à voir" });
    const run = await start({ stream: false, compliance: true, intervalSeconds: 5 });
    await until(async () => (await stored(kept)) && (await stored(doomed)), "the first fetch");
    await until(() => fake.openComplianceStreams() === 4, "the four compliance partitions");
    const connections = fake.requests.filter((request) => request.path === "/2/tweets/compliance/stream");
    expect(connections.map((request) => request.query.partition).sort()).toEqual(["1", "2", "3", "4"]);
    expect(connections.every((request) => request.query.backfill_minutes === "5")).toBe(true);

    fake.deleteTweet(doomed);
    fake.deleteTweet(elsewhere); // never stored here: no tombstone row for it
    fake.pushComplianceLine("not json");
    await until(async () => (await db().post.findFirstOrThrow({ where: { activationId, externalId: doomed } })).deletedAt !== null, "the deletion");
    const gone = await db().post.findFirstOrThrow({ where: { activationId, externalId: doomed } });
    expect(gone).toMatchObject({ text: "", url: null, authorHandle: null });

    // The new version matches no keyword: only the compliance event can bring it.
    fake.editTweet(kept, "Message corrigé: la Midouze monte à Mont-de-Marsan");
    await until(async () => (await db().post.findFirstOrThrow({ where: { activationId, externalId: kept } })).text.startsWith("Message corrigé"), "the edit");
    await run.stop();

    expect(fake.requests.some((request) => request.path === "/2/tweets" && request.query.ids)).toBe(true); // the edited version looked up
    const edited = await db().post.findFirstOrThrow({ where: { activationId, externalId: kept }, include: { edits: true } });
    expect(edited.edits.map((edit) => edit.text)).toEqual(["La crue monte à Dax"]);
    expect(await db().post.count({ where: { activationId } })).toBe(2);
    expect((await db().deadLetter.findFirstOrThrow({ where: { activationId } })).reason).toBe("X compliance stream: line is not JSON");
  });
});
