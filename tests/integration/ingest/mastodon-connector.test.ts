import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../../lib/db/client";
import { closePgPool } from "../../../lib/db/pg-pool";
import { mastodonConnector } from "../../../lib/ingest/connectors/mastodon";
import { ingestBatch } from "../../../lib/ingest/ingest-batch";
import { loadWatchSettings } from "../../../lib/ingest/load-watch-settings";
import { createActivation, createOrganization, createUser, resetDatabase } from "../helpers/fixtures";

/**
 * A fake Mastodon instance on 127.0.0.1 answering GET /api/v1/timelines/tag/:hashtag
 * as Mastodon does: newest first, `limit`, `min_id`, a `Link` header with
 * rel="next"/"prev", statuses shaped like the real API (HTML content, account,
 * media_attachments, reblog, spoiler_text, language), 429 with Retry-After,
 * 401 for a refused token.
 */
let server: Server;
let base: string;
let statuses: Record<string, unknown>[] = [];
let mode: "ok" | "429-once" | "401" = "ok";
const requests: string[] = [];

function status(id: number, extra: Record<string, unknown> = {}) {
  return {
    id: String(110_000_000_000 + id),
    uri: `https://piaille.example/users/marie/statuses/${id}`,
    url: `https://piaille.example/@marie/${id}`,
    created_at: new Date(Date.UTC(2026, 11, 1, 8, id)).toISOString(),
    content: `<p>L&#39;eau monte à Dax, message ${id} <a href="https://piaille.example/tags/crue" class="mention hashtag" rel="tag">#<span>crue</span></a></p>`,
    spoiler_text: "",
    language: "fr",
    account: { id: "1", username: "marie", acct: "marie@piaille.example", display_name: "Marie 🌊", url: "https://piaille.example/@marie" },
    media_attachments: [],
    reblog: null,
    in_reply_to_id: null,
    ...extra,
  };
}

function handle(req: IncomingMessage, res: ServerResponse) {
  requests.push(req.url ?? "");
  const url = new URL(req.url ?? "", base);
  if (!url.pathname.startsWith("/api/v1/timelines/tag/")) return res.writeHead(404).end();
  if (mode === "401") return res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: "The access token is invalid" }));
  if (mode === "429-once") {
    mode = "ok";
    return res.writeHead(429, { "retry-after": "3" }).end();
  }
  const limit = Number(url.searchParams.get("limit") ?? 20);
  const minId = url.searchParams.get("min_id");
  const newestFirst = [...statuses].sort((a, b) => (String(b.id) > String(a.id) ? 1 : -1));
  // min_id: the statuses just above min_id (the oldest of the newer ones), returned newest first.
  const page = minId ? newestFirst.filter((s) => String(s.id) > minId).slice(-limit) : newestFirst.slice(0, limit);
  const headers: Record<string, string> = { "content-type": "application/json", "x-ratelimit-limit": "300", "x-ratelimit-remaining": "299" };
  if (page.length) {
    const tag = url.pathname.split("/").at(-1);
    headers.link = `<${base}/api/v1/timelines/tag/${tag}?max_id=${page.at(-1)!.id}>; rel="next", <${base}/api/v1/timelines/tag/${tag}?min_id=${page[0].id}>; rel="prev"`;
  }
  res.writeHead(200, headers).end(JSON.stringify(page));
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await closePgPool();
});

let activationId: string;
let sourceId: string;
beforeEach(async () => {
  await resetDatabase();
  statuses = [];
  mode = "ok";
  requests.length = 0;
  const org = await createOrganization();
  const user = await createUser({ role: "COORDINATOR", organizationId: org.id });
  activationId = (await createActivation({ ownerOrganizationId: org.id, createdById: user.id })).id;
  sourceId = (await db().source.create({ data: { activationId, kind: "MASTODON", name: "Mastodon", config: {} } })).id;
});

async function poll(rounds: number, secret: string | null = null): Promise<number[]> {
  const waits: number[] = [];
  const controller = new AbortController();
  const { cursor } = await db().source.findUniqueOrThrow({ where: { id: sourceId } });
  await mastodonConnector().run({
    source: { id: sourceId, activationId, name: "Mastodon", config: { instances: [base], hashtags: ["#crue"], intervalSeconds: 30 }, secret },
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
    statuses = Array.from({ length: 5 }, (_, i) => status(i + 1));
    await poll(1);
    expect(await db().post.count({ where: { activationId } })).toBe(5);
    const first = await db().post.findFirstOrThrow({ where: { activationId }, orderBy: { id: "asc" } });
    expect(first).toMatchObject({ network: "mastodon", externalId: "https://piaille.example/users/marie/statuses/1", authorHandle: "@marie@piaille.example", authorName: "Marie 🌊", lang: "fr" });
    expect(first.text).toBe("L'eau monte à Dax, message 1 #crue");

    // 90 newer statuses arrive (more than two pages of 40), plus a boost of status 3 and one with a content warning and media.
    statuses.push(...Array.from({ length: 90 }, (_, i) => status(i + 6)));
    statuses.push(status(200, { uri: "https://piaille.example/users/paul/statuses/200/activity", reblog: status(3) }));
    statuses.push(status(201, { spoiler_text: "Images de dégâts", media_attachments: [{ type: "image", url: "https://files.piaille.example/a.jpg", description: "Rue inondée" }] }));
    await poll(1);
    const posts = await db().post.findMany({ where: { activationId }, orderBy: { id: "asc" } });
    expect(posts).toHaveLength(5 + 90 + 1); // the boost is status 3 again: stored once
    const cw = posts.find((p) => p.externalId.endsWith("/201"))!;
    expect(cw.text.startsWith("[CW] Images de dégâts")).toBe(true);
    expect(cw.media).toEqual([{ url: "https://files.piaille.example/a.jpg", type: "image", alt: "Rue inondée" }]);
    expect(requests.filter((r) => r.includes("min_id")).length).toBeGreaterThanOrEqual(3);

    // Resume from the saved cursor: nothing new, nothing twice.
    await poll(1);
    expect(await db().post.count({ where: { activationId } })).toBe(96);
  });

  it("waits for Retry-After on a 429, and reports a refused token clearly", async () => {
    statuses = [status(1)];
    mode = "429-once";
    const waits = await poll(1);
    expect(waits[0]).toBe(3000);
    mode = "401";
    await expect(poll(1, "wrong-token")).rejects.toThrow(/access token refused \(HTTP 401\)/);
  });
});
