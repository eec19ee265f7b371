import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../../lib/db/client";
import { closePgPool } from "../../../lib/db/pg-pool";
import { blueskyConnector } from "../../../lib/ingest/connectors/bluesky";
import { ingestBatch } from "../../../lib/ingest/ingest-batch";
import { loadWatchSettings } from "../../../lib/ingest/load-watch-settings";
import { jetstreamDelete, jetstreamPost, startFakeBluesky, type FakeBluesky } from "../../fakes/bluesky";
import { createActivation, createOrganization, createUser, resetDatabase } from "../helpers/fixtures";

/** Bluesky's Jetstream and searchPosts, against a fake Bluesky on 127.0.0.1, with the real pipeline and database. */
let fake: FakeBluesky;
let activationId: string;
let sourceId: string;
const DID = "did:plc:ewvi7nxzyoun6zhxrhs64oiz";
const T0 = 1_764_600_000_000_000; // microseconds

beforeAll(async () => {
  fake = await startFakeBluesky();
});
afterAll(async () => {
  await fake.close();
  await closePgPool();
});
beforeEach(async () => {
  await resetDatabase();
  fake.reset();
  const org = await createOrganization();
  const user = await createUser({ role: "COORDINATOR", organizationId: org.id });
  activationId = (await createActivation({ ownerOrganizationId: org.id, createdById: user.id, keywords: ["crue", "inondation"] })).id;
  await db().activation.update({ where: { id: activationId }, data: { languages: ["fr"], hashtags: [] } });
  sourceId = (await db().source.create({ data: { activationId, kind: "BLUESKY", name: "Bluesky", config: {} } })).id;
});

type Running = { stop: () => Promise<void>; done: Promise<void>; waits: number[] };
const running: Running[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.stop()));
});

async function start(config: Record<string, unknown>, secret: string | null = null): Promise<Running> {
  const controller = new AbortController();
  const waits: number[] = [];
  const { cursor } = await db().source.findUniqueOrThrow({ where: { id: sourceId } });
  const done = blueskyConnector().run({
    source: { id: sourceId, activationId, name: "Bluesky", config: { jetstreamUrl: fake.jetstreamUrl, serviceUrl: fake.url, ...config }, secret },
    cursor,
    signal: controller.signal,
    sleep: (ms) => {
      waits.push(ms);
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, Math.min(ms, 50));
        controller.signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
      });
    },
    deliver: async (payloads, next) => void (await ingestBatch({ activationId, sourceId, payloads, cursor: next })),
    watchSettings: () => loadWatchSettings(activationId),
  });
  done.catch(() => undefined);
  const entry = { done, waits, stop: async () => (controller.abort(), await done.catch(() => undefined)) };
  running.push(entry);
  return entry;
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const posts = () => db().post.findMany({ where: { activationId }, orderBy: { id: "asc" } });
const connected = (n: number) => until(async () => fake.connections.length, (count) => count >= n);

describe("Bluesky Jetstream against a fake Jetstream", () => {
  it("keeps the posts matching the watch (keywords, languages), with facets, images and the post URL", async () => {
    await start({ search: false });
    await connected(1);
    expect(fake.connections[0].getAll("wantedCollections")).toEqual(["app.bsky.feed.post"]);
    expect(fake.connections[0].get("cursor")).toBeNull(); // no cursor yet: live

    fake.emit({ did: DID, time_us: T0, kind: "identity", identity: { did: DID, handle: "marie.bsky.social", seq: 1, time: "2026-12-01T08:00:00Z" } });
    const text = "La crue de l'Adour à Dax 🌊 infos: vigicrues.gouv.fr/ser… #crue";
    const linkStart = Buffer.byteLength("La crue de l'Adour à Dax 🌊 infos: ");
    fake.emit(
      jetstreamPost({
        did: DID,
        rkey: "3mabc1",
        timeUs: T0 + 1,
        text,
        facets: [
          { index: { byteStart: linkStart, byteEnd: linkStart + Buffer.byteLength("vigicrues.gouv.fr/ser…") }, features: [{ $type: "app.bsky.richtext.facet#link", uri: "https://www.vigicrues.gouv.fr/service" }] },
          { index: { byteStart: Buffer.byteLength(text) - 5, byteEnd: Buffer.byteLength(text) }, features: [{ $type: "app.bsky.richtext.facet#tag", tag: "crue" }] },
        ],
        embed: { $type: "app.bsky.embed.images", images: [{ alt: "Le pont submergé", image: { $type: "blob", ref: { $link: "bafkreiimg1" }, mimeType: "image/jpeg", size: 1000 }, aspectRatio: { width: 4, height: 3 } }] },
      }),
    );
    fake.emit(jetstreamPost({ did: "did:plc:other", rkey: "3mabc2", timeUs: T0 + 2, text: "Bonne journée à tous" })); // no keyword
    fake.emit(jetstreamPost({ did: "did:plc:other", rkey: "3mabc3", timeUs: T0 + 3, text: "Flood: la crue vue d'Angleterre", langs: ["en"] })); // not a watched language
    fake.emit(jetstreamPost({ did: "did:plc:third", rkey: "3mabc4", timeUs: T0 + 4, text: "INONDATION rue des Arènes, l'eau monte" }));

    const stored = await until(posts, (rows) => rows.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await posts()).map((p) => p.externalId)).toEqual([`at://${DID}/app.bsky.feed.post/3mabc1`, "at://did:plc:third/app.bsky.feed.post/3mabc4"]);
    expect(stored[0]).toMatchObject({
      network: "bluesky",
      url: `https://bsky.app/profile/marie.bsky.social/post/3mabc1`,
      authorId: DID,
      authorHandle: "@marie.bsky.social",
      lang: "fr",
      text: "La crue de l'Adour à Dax 🌊 infos: https://www.vigicrues.gouv.fr/service #crue",
    });
    expect(stored[0].media).toEqual([{ url: `https://cdn.bsky.app/img/feed_fullsize/plain/${DID}/bafkreiimg1@jpeg`, type: "image", alt: "Le pont submergé" }]);
    expect((stored[0].raw as { facets: unknown[] }).facets).toHaveLength(2);
    expect(stored[1].url).toBe("https://bsky.app/profile/did:plc:third/post/3mabc4"); // no handle known: the DID
  });

  it("applies deletions of stored posts only, and dead-letters a malformed frame while the stream goes on", async () => {
    await start({});
    await connected(1);
    fake.emit(jetstreamPost({ did: DID, rkey: "3mdel1", timeUs: T0 + 10, text: "Crue: la digue cède à Saubusse" }));
    await until(posts, (rows) => rows.length === 1);
    fake.emit("{not json");
    fake.emit(jetstreamDelete({ did: DID, rkey: "3mdel1", timeUs: T0 + 12 }));
    fake.emit(jetstreamDelete({ did: "did:plc:stranger", rkey: "3mzzz", timeUs: T0 + 13 })); // someone else's post, never stored
    fake.emit(jetstreamPost({ did: DID, rkey: "3mdel2", timeUs: T0 + 14, text: "Inondation route de Pontonx" }));
    await until(posts, (rows) => rows.length === 2 && rows[0].deletedAt !== null);
    const rows = await posts();
    expect(rows[0]).toMatchObject({ text: "", deletedAt: expect.any(Date) });
    expect(rows.map((p) => p.externalId)).not.toContain("at://did:plc:stranger/app.bsky.feed.post/3mzzz"); // no tombstone for a stranger's post
    const letters = await db().deadLetter.findMany({ where: { sourceId } });
    expect(letters.map((l) => l.reason)).toEqual(["bluesky: Jetstream frame is not JSON"]);
  });

  it("resumes from its cursor after a dropped connection, rewinding a few seconds: no gap, no duplicate", async () => {
    const first = await start({ rewindSeconds: 5 });
    await connected(1);
    for (let i = 0; i < 3; i++) fake.emit(jetstreamPost({ did: DID, rkey: `3mres${i}`, timeUs: T0 + 1_000_000 * i, text: `Crue message ${i}` }));
    await until(posts, (rows) => rows.length === 3);
    const saved = await until(
      async () => (await db().source.findUniqueOrThrow({ where: { id: sourceId } })).cursor,
      (cursor) => JSON.parse(cursor ?? "{}").jetstreamUs === T0 + 2_000_000,
    );

    // The connection drops; the connector fails (the supervisor would back off and restart it).
    fake.dropConnections();
    await expect(first.done).rejects.toThrow(/Jetstream connection closed/);
    // Posted while disconnected.
    for (let i = 3; i < 6; i++) fake.log(jetstreamPost({ did: DID, rkey: `3mres${i}`, timeUs: T0 + 1_000_000 * i, text: `Crue message ${i}` }));

    await start({ rewindSeconds: 5 });
    await connected(2);
    expect(Number(fake.connections[1].get("cursor"))).toBe(JSON.parse(saved!).jetstreamUs - 5_000_000);
    fake.emit(jetstreamPost({ did: DID, rkey: "3mres6", timeUs: T0 + 6_000_000, text: "Crue message 6" }));
    const rows = await until(posts, (r) => r.length >= 7);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await posts()).map((p) => p.text)).toEqual(Array.from({ length: 7 }, (_, i) => `Crue message ${i}`));
    expect(rows).toHaveLength(7);
  });

  it("reports a refused Jetstream connection clearly", async () => {
    const running = await start({ jetstreamUrl: fake.jetstreamUrl.replace("/subscribe", "/nowhere") });
    await expect(running.done).rejects.toThrow(/Jetstream/);
  });
});

describe("Bluesky searchPosts look back against a fake PDS", () => {
  const view = (rkey: string, text: string, minutesAgo: number) => ({
    uri: `at://${DID}/app.bsky.feed.post/${rkey}`,
    cid: `bafyrei${rkey}`,
    author: { did: DID, handle: "marie.bsky.social", displayName: "Marie" },
    record: { $type: "app.bsky.feed.post", text, langs: ["fr"], createdAt: new Date(Date.now() - minutesAgo * 60_000).toISOString() },
    embed: { $type: "app.bsky.embed.images#view", images: [{ thumb: `https://cdn.bsky.app/img/feed_thumbnail/plain/${DID}/${rkey}@jpeg`, fullsize: `https://cdn.bsky.app/img/feed_fullsize/plain/${DID}/${rkey}@jpeg`, alt: "" }] },
    indexedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
  });

  it("logs in with the app password, pages the look back, refreshes an expired token, honours a 429, and resumes with since", async () => {
    for (let i = 0; i < 130; i++) fake.searchable.push(view(`3ms${i}`, `Crue de la Midouze, photo ${i}`, 200 - i));
    fake.searchable.push(view("3mold", "Crue de 2021, souvenir", 60 * 48)); // older than the look back
    const run = await start({ jetstream: false, identifier: "vigie.example", intervalSeconds: 30, lookbackHours: 24 }, fake.password);
    await until(posts, (rows) => rows.length === 130);
    expect(fake.searchRequests[0].get("q")).toBe("crue");
    expect(fake.searchRequests[0].get("lang")).toBe("fr");
    expect(fake.searchRequests.some((r) => r.get("cursor") === "100")).toBe(true);
    const first = (await posts())[0];
    expect(first).toMatchObject({ externalId: `at://${DID}/app.bsky.feed.post/3ms0`, authorHandle: "@marie.bsky.social", url: "https://bsky.app/profile/marie.bsky.social/post/3ms0" });
    expect(first.media).toEqual([{ url: `https://cdn.bsky.app/img/feed_fullsize/plain/${DID}/3ms0@jpeg`, type: "image", alt: null }]);

    // The access token expires and the next call is rate limited: refreshed, waited for, then resumed from `since`.
    fake.expireTokens();
    fake.failSearch([{ status: 429, headers: { "ratelimit-reset": String(Math.floor(Date.now() / 1000) + 20) } }]);
    fake.searchable.push(view("3mnew", "Inondation: nouvelle photo du pont", 0));
    await until(posts, (rows) => rows.length === 131);
    expect(run.waits.some((ms) => ms >= 15_000 && ms <= 21_000)).toBe(true);
    const resumed = fake.searchRequests.filter((r) => r.get("q") === "crue").at(-1)!;
    expect(resumed.get("since")! > new Date(Date.now() - 2 * 3600_000).toISOString()).toBe(true); // the newest "crue" post, not the 24 h look back
    expect(await db().post.count({ where: { activationId } })).toBe(131); // nothing twice
  });

  it("fails on a 500 burst (the supervisor backs off) and reports a wrong app password clearly", async () => {
    fake.failSearch([{ status: 500 }, { status: 500 }]);
    const broken = await start({ jetstream: false, identifier: "vigie.example" }, fake.password);
    await expect(broken.done).rejects.toThrow(/HTTP 500/);
    const wrong = await start({ jetstream: false, identifier: "vigie.example" }, "wrong-password");
    await expect(wrong.done).rejects.toThrow(/app password refused for vigie.example/);
  });
});
