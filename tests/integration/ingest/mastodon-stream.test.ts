import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../../lib/db/client";
import { closePgPool } from "../../../lib/db/pg-pool";
import { mastodonConnector } from "../../../lib/ingest/connectors/mastodon";
import { ingestBatch } from "../../../lib/ingest/ingest-batch";
import { loadWatchSettings } from "../../../lib/ingest/load-watch-settings";
import { fakeStatus as status, startFakeMastodon, type FakeMastodon } from "../../fakes/mastodon";
import { createActivation, createOrganization, createUser, resetDatabase } from "../helpers/fixtures";

/**
 * The Mastodon connector with an access token: REST catch-up from the cursor,
 * then the hashtag stream over WebSocket, against fake instances speaking
 * Mastodon's wire format. Everything is asserted in the database.
 */
const TOKEN = "good-token";
let fake: FakeMastodon;
let other: FakeMastodon;
let activationId: string;
let sourceId: string;
const runs: Run[] = [];

beforeAll(async () => {
  fake = await startFakeMastodon({ token: TOKEN });
  other = await startFakeMastodon({ token: TOKEN });
});
afterAll(async () => {
  await Promise.all([fake.close(), other.close()]);
  await closePgPool();
});
beforeEach(async () => {
  await resetDatabase();
  fake.reset();
  other.reset();
  const org = await createOrganization();
  const user = await createUser({ role: "COORDINATOR", organizationId: org.id });
  activationId = (await createActivation({ ownerOrganizationId: org.id, createdById: user.id })).id;
  sourceId = (await db().source.create({ data: { activationId, kind: "MASTODON", name: "Mastodon", config: {} } })).id;
});
afterEach(async () => {
  await Promise.all(runs.splice(0).map((run) => run.stop().catch(() => undefined)));
});

type Run = { done: Promise<void>; deliveries: number[]; stop: () => Promise<void> };

/** Runs the connector as the source supervisor would: from the committed cursor, until stopped or failed. */
function start(options: { secret?: string; config?: Record<string, unknown> } = {}): Run {
  const controller = new AbortController();
  const deliveries: number[] = [];
  const done = (async () => {
    const { cursor } = await db().source.findUniqueOrThrow({ where: { id: sourceId } });
    await mastodonConnector().run({
      source: { id: sourceId, activationId, name: "Mastodon", config: { instances: [fake.url], hashtags: ["#crue"], ...options.config }, secret: options.secret ?? TOKEN },
      cursor,
      signal: controller.signal,
      sleep: (ms) => abortableSleep(ms, controller.signal),
      deliver: async (payloads, next) => {
        deliveries.push(payloads.length);
        await ingestBatch({ activationId, sourceId, payloads, cursor: next });
      },
      watchSettings: () => loadWatchSettings(activationId),
    });
  })();
  done.catch(() => undefined);
  const run = {
    done,
    deliveries,
    stop: async () => {
      controller.abort();
      await done;
    },
  };
  runs.push(run);
  return run;
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });
}

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const postCount = () => db().post.count({ where: { activationId } });
const postsAre = (n: number) => until(async () => (await postCount()) === n, `${n} posts`);
const uri = (n: number) => `https://piaille.example/users/marie/statuses/${n}`;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => status(from + i));
async function savedCursor(): Promise<Record<string, string>> {
  const { cursor } = await db().source.findUniqueOrThrow({ where: { id: sourceId } });
  return JSON.parse(cursor ?? "{}") as Record<string, string>;
}

describe("Mastodon streaming (WebSocket) with REST catch-up", () => {
  it("fetches the latest page, then stores live updates in a few batches, advances the cursor and closes the socket when stopped", async () => {
    fake.postQuietly(...range(1, 3));
    const run = start();
    await fake.waitForConnections(1);
    await postsAre(3);
    expect(fake.requests.some((path) => path.startsWith("/api/v2/instance"))).toBe(true);

    const before = run.deliveries.length;
    fake.post(...range(4, 53));
    await postsAre(53);
    expect(run.deliveries.length - before).toBeLessThanOrEqual(5); // batched, not one transaction per status
    const live = await db().post.findFirstOrThrow({ where: { activationId, externalId: uri(53) } });
    expect(live).toMatchObject({ network: "mastodon", authorHandle: "@marie@piaille.example", text: "L'eau monte à Dax, message 53 #crue" });
    await until(async () => (await savedCursor())[`${fake.url}#crue`] === status(53).id, "the cursor at the newest status");

    await run.stop();
    await until(() => fake.openSockets() === 0, "the socket closed");
    expect(fake.requests.filter((path) => path.includes("/timelines/tag/"))).toHaveLength(1); // live statuses came over the socket
  });

  it("applies status.update as an edit (old text kept) and delete as a tombstone, mapping local ids also after a restart", async () => {
    fake.postQuietly(...range(1, 2));
    let run = start();
    await fake.waitForConnections(1);
    await postsAre(2);

    fake.edit(status(1).id, "<p>Correction : l&#39;eau monte à Tartas, pas à Dax #crue</p>");
    await until(async () => (await db().post.findFirstOrThrow({ where: { activationId, externalId: uri(1) } })).text === "Correction : l'eau monte à Tartas, pas à Dax #crue", "the edit");
    const edited = await db().post.findFirstOrThrow({ where: { activationId, externalId: uri(1) }, include: { edits: true } });
    expect(edited.editedAt).not.toBeNull();
    expect(edited.edits.map((edit) => edit.text)).toEqual(["L'eau monte à Dax, message 1 #crue"]);

    // A status seen over the socket, then deleted: mapped by this run's memory.
    fake.post(status(3));
    await postsAre(3);
    fake.remove(status(3).id);
    await until(async () => (await db().post.findFirstOrThrow({ where: { activationId, externalId: uri(3) } })).deletedAt !== null, "the tombstone of status 3");
    await run.stop();

    // A new run knows nothing of status 2's local id: found in the database (the raw payload keeps it).
    run = start();
    await fake.waitForConnections(2);
    fake.remove(status(2).id);
    fake.sendRaw(JSON.stringify({ stream: ["hashtag", "crue"], event: "delete", payload: "999999999999" })); // never stored here
    await until(async () => (await db().post.findFirstOrThrow({ where: { activationId, externalId: uri(2) } })).deletedAt !== null, "the tombstone of status 2");
    const tombstone = await db().post.findFirstOrThrow({ where: { activationId, externalId: uri(2) } });
    expect(tombstone).toMatchObject({ text: "", raw: null });
    expect(await postCount()).toBe(3); // the unknown delete invented nothing
    expect(await db().deadLetter.count({ where: { activationId } })).toBe(0);
    expect((await db().post.findFirstOrThrow({ where: { activationId, externalId: uri(1) } })).deletedAt).toBeNull();
  });

  it("after a dropped socket, catches up over REST from the cursor, then streams again: nothing missing, nothing twice", async () => {
    fake.postQuietly(...range(1, 3));
    const run = start();
    await fake.waitForConnections(1);
    await postsAre(3);
    fake.post(status(4));
    await postsAre(4);
    await until(async () => (await savedCursor())[`${fake.url}#crue`] === status(4).id, "the cursor at status 4");

    fake.dropSockets();
    fake.post(...range(5, 49)); // while nobody listens: more than a page of 40
    await fake.waitForConnections(2);
    await postsAre(49);
    expect(fake.requests.some((path) => path.includes(`min_id=${status(4).id}`))).toBe(true);

    fake.post(status(50));
    await postsAre(50);
    const ids = (await db().post.findMany({ where: { activationId }, select: { externalId: true } })).map((post) => post.externalId);
    expect(new Set(ids)).toEqual(new Set(range(1, 50).map((s) => s.uri)));
    await until(async () => (await savedCursor())[`${fake.url}#crue`] === status(50).id, "the cursor at status 50");
    await run.stop();
  });

  it("dead-letters frames it cannot read, ignores heartbeats, and stores the update that follows", async () => {
    const run = start();
    await fake.waitForConnections(1);
    await until(() => fake.requests.some((path) => path.includes("/timelines/tag/")), "the catch-up");
    fake.sendRaw("this is not json");
    fake.sendRaw(JSON.stringify({ stream: ["hashtag", "crue"], event: "update", payload: '{"id":"1' }));
    fake.sendRaw(JSON.stringify({ stream: ["hashtag", "crue"], event: "poll.vote", payload: "{}" }));
    fake.sendRaw(":thump");
    fake.sendRaw(JSON.stringify({ stream: ["hashtag", "crue"], event: "filters_changed" }));
    fake.post(status(1));
    await postsAre(1);
    await until(async () => (await db().deadLetter.count({ where: { activationId } })) === 3, "3 dead letters");
    const letters = await db().deadLetter.findMany({ where: { activationId, sourceId }, orderBy: { id: "asc" } });
    expect(letters.map((letter) => letter.reason)).toEqual([
      expect.stringMatching(/frame is not JSON/),
      expect.stringMatching(/update payload is not a status/),
      expect.stringMatching(/unknown event "poll.vote"/),
    ]);
    expect(letters[0].payload).toMatchObject({ kind: "unparseable", raw: "this is not json" });
    await run.stop();
  });

  it("throws on a burst of 500s during the catch-up, and a re-run recovers from the committed cursor", async () => {
    fake.postQuietly(...range(1, 2));
    const first = start();
    await fake.waitForConnections(1);
    await postsAre(2);

    fake.failNext(2, 500);
    fake.dropSockets();
    fake.post(...range(3, 5));
    await expect(first.done).rejects.toThrow(/answered HTTP 500/);
    await expect(start().done).rejects.toThrow(/answered HTTP 500/); // the supervisor's retry, still inside the burst

    const recovered = start();
    await postsAre(5);
    const live = fake.connections();
    await until(() => fake.openSockets() === 1, "the stream open again");
    fake.post(status(6));
    await postsAre(6);
    expect(fake.connections()).toBe(live);
    expect((await savedCursor())[`${fake.url}#crue`]).toBe(status(6).id);
    await recovered.stop();
  });

  it("reports a refused token on the WebSocket upgrade, at start and after a revocation", async () => {
    fake.postQuietly(status(1));
    await expect(start({ secret: "wrong-token" }).done).rejects.toThrow(/access token refused \(HTTP 401\)/);
    expect(await postCount()).toBe(0);

    const run = start();
    await postsAre(1);
    await fake.waitForConnections(1);
    fake.setToken("rotated-token");
    fake.dropSockets();
    await expect(run.done).rejects.toThrow(`127.0.0.1:${new URL(fake.url).port}: access token refused (HTTP 401)`);
  });

  it("follows several instances and hashtags at once, storing a status seen on both instances once", async () => {
    const inondation = (n: number) => status(n, { uri: `https://piaille.example/users/marie/statuses/i${n}`, tags: [{ name: "inondation", url: "https://piaille.example/tags/inondation" }] });
    fake.postQuietly(status(1));
    other.postQuietly(status(1, { id: "220000000000001" })); // the same status, its own local id there
    const run = start({ config: { instances: [fake.url, other.url], hashtags: ["#crue", "Inondation"] } });
    await fake.waitForConnections(2);
    await other.waitForConnections(2);
    await postsAre(1);

    fake.post(inondation(2));
    other.post(status(3, { id: "220000000000003" }));
    other.post(inondation(4));
    await postsAre(4);
    other.remove("220000000000001"); // deleted as seen by the other instance
    await until(async () => (await db().post.findFirstOrThrow({ where: { activationId, externalId: uri(1) } })).deletedAt !== null, "the tombstone");

    await until(async () => Object.keys(await savedCursor()).length === 4, "a cursor per instance × hashtag");
    expect(await savedCursor()).toEqual({
      [`${fake.url}#crue`]: status(1).id,
      [`${fake.url}#inondation`]: status(2).id,
      [`${other.url}#crue`]: "220000000000003",
      [`${other.url}#inondation`]: status(4).id,
    });
    await run.stop();
  });
});
