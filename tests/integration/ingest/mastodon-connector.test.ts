import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../../lib/db/client";
import { closePgPool } from "../../../lib/db/pg-pool";
import { mastodonConnector, testMastodonSource } from "../../../lib/ingest/connectors/mastodon";
import { ingestBatch } from "../../../lib/ingest/ingest-batch";
import { loadWatchSettings } from "../../../lib/ingest/load-watch-settings";
import { fakeStatus, startFakeMastodon, type FakeMastodon } from "../../fakes/mastodon";
import { createActivation, createOrganization, createUser, resetDatabase } from "../helpers/fixtures";

let fake: FakeMastodon;
let base: string;
const status = fakeStatus;

beforeAll(async () => {
  fake = await startFakeMastodon({ token: "good-token" });
  base = fake.url;
});
afterAll(async () => {
  await fake.close();
  await closePgPool();
});

let activationId: string;
let sourceId: string;
beforeEach(async () => {
  await resetDatabase();
  fake.reset();
  const org = await createOrganization();
  const user = await createUser({ role: "COORDINATOR", organizationId: org.id });
  activationId = (await createActivation({ ownerOrganizationId: org.id, createdById: user.id })).id;
  sourceId = (await db().source.create({ data: { activationId, kind: "MASTODON", name: "Mastodon", config: {} } })).id;
});

async function poll(rounds: number, secret: string | null = null, extra: Record<string, unknown> = {}): Promise<number[]> {
  const waits: number[] = [];
  const controller = new AbortController();
  const { cursor } = await db().source.findUniqueOrThrow({ where: { id: sourceId } });
  await mastodonConnector().run({
    source: { id: sourceId, activationId, name: "Mastodon", config: { instances: [base], hashtags: ["#crue"], intervalSeconds: 30, ...extra }, secret },
    cursor,
    signal: controller.signal,
    sleep: async (ms) => {
      waits.push(ms);
      if (waits.filter((w) => w === 30_000).length >= rounds) controller.abort();
    },
    deliver: async (payloads, next) => void (await ingestBatch({ activationId, sourceId, payloads, cursor: next })),
    watchSettings: () => loadWatchSettings(activationId),
  });
  return waits;
}

describe("Mastodon hashtag timeline against a fake instance", () => {
  it("takes the latest page, then only what is newer (min_id, following rel=prev), stored once, reblogs folded", async () => {
    fake.postQuietly(...Array.from({ length: 5 }, (_, i) => status(i + 1)));
    await poll(1);
    expect(await db().post.count({ where: { activationId } })).toBe(5);
    const first = await db().post.findFirstOrThrow({ where: { activationId }, orderBy: { id: "asc" } });
    expect(first).toMatchObject({ network: "mastodon", externalId: "https://piaille.example/users/marie/statuses/1", authorHandle: "@marie@piaille.example", authorName: "Marie 🌊", lang: "fr" });
    expect(first.text).toBe("L'eau monte à Dax, message 1 #crue");

    // 90 newer statuses arrive (more than two pages of 40), plus a boost of status 3 and one with a content warning and media.
    fake.postQuietly(...Array.from({ length: 90 }, (_, i) => status(i + 6)));
    fake.postQuietly(status(200, { uri: "https://piaille.example/users/paul/statuses/200/activity", reblog: status(3) }));
    fake.postQuietly(status(201, { spoiler_text: "Images de dégâts", media_attachments: [{ type: "image", url: "https://files.piaille.example/a.jpg", description: "Rue inondée" }] }));
    await poll(1);
    const posts = await db().post.findMany({ where: { activationId }, orderBy: { id: "asc" } });
    expect(posts).toHaveLength(5 + 90 + 1); // the boost is status 3 again: stored once
    const cw = posts.find((p) => p.externalId.endsWith("/201"))!;
    expect(cw.text.startsWith("[CW] Images de dégâts")).toBe(true);
    expect(cw.media).toEqual([{ url: "https://files.piaille.example/a.jpg", type: "image", alt: "Rue inondée" }]);
    expect(fake.requests.filter((r) => r.includes("min_id")).length).toBeGreaterThanOrEqual(3);

    // Resume from the saved cursor: nothing new, nothing twice.
    await poll(1);
    expect(await db().post.count({ where: { activationId } })).toBe(96);
  });

  it("waits for Retry-After on a 429, and reports a refused token clearly", async () => {
    fake.postQuietly(status(1));
    fake.rateLimitNext(3);
    const waits = await poll(1);
    expect(waits[0]).toBe(3000);
    expect(await db().post.count({ where: { activationId } })).toBe(1);
    // Polling only (stream off): a wrong token is refused by the REST API.
    await expect(poll(1, "wrong-token", { stream: false })).rejects.toThrow(/access token refused \(HTTP 401\)/);
  });

  it("polls only, never opening a socket, without a token or with the stream turned off", async () => {
    fake.postQuietly(status(1), status(2));
    await poll(1);
    fake.postQuietly(status(3));
    await poll(1, "good-token", { stream: false });
    expect(await db().post.count({ where: { activationId } })).toBe(3);
    expect(fake.connections()).toBe(0);
  });

  it("tests a source without storing: one timeline request per instance × hashtag, the token and the stream", async () => {
    fake.postQuietly(status(1), status(2, { tags: [{ name: "Inondation", url: "https://piaille.example/tags/inondation" }] }));
    const config = { instances: [base], hashtags: ["#crue", "inondation"] };
    const signal = AbortSignal.timeout(10_000);

    expect(await testMastodonSource(config, null, signal)).toEqual([
      { url: `${base}/api/v1/timelines/tag/crue?limit=5`, ok: true, detail: "#crue: 1" },
      { url: `${base}/api/v1/timelines/tag/inondation?limit=5`, ok: true, detail: "#inondation: 1" },
    ]);

    const withToken = await testMastodonSource(config, "good-token", signal);
    expect(withToken.map((check) => [check.ok, check.detail])).toEqual([
      [true, "#crue: 1"],
      [true, "#inondation: 1"],
      [true, "@vigie"],
      [true, "stream #crue: OK"],
    ]);

    const refused = await testMastodonSource(config, "wrong-token", signal);
    expect(refused.every((check) => !check.ok)).toBe(true);
    expect(refused[0].detail).toBe("HTTP 401 (jeton refusé)");
    expect(refused.at(-1)!.detail).toMatch(/access token refused \(HTTP 401\)/);

    expect(await testMastodonSource({ instances: [], hashtags: ["crue"] }, null, signal)).toMatchObject([{ ok: false }]);
    expect(await db().post.count({ where: { activationId } })).toBe(0);
  });
});
