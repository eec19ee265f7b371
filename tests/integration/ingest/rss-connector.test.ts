import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../../lib/db/client";
import { closePgPool } from "../../../lib/db/pg-pool";
import { rssConnector } from "../../../lib/ingest/connectors/rss";
import { ingestBatch } from "../../../lib/ingest/ingest-batch";
import { loadWatchSettings } from "../../../lib/ingest/load-watch-settings";
import { createActivation, createOrganization, createUser, resetDatabase } from "../helpers/fixtures";

/**
 * A local fake feed server on 127.0.0.1 speaking HTTP as feed servers do:
 * ETag / If-None-Match and Last-Modified / If-Modified-Since (304), 429 with
 * Retry-After, 500s, RSS 2.0 and Atom documents.
 */
type Route = (req: IncomingMessage, res: ServerResponse) => void;
let server: Server;
let base: string;
const routes = new Map<string, Route>();
const hits: { path: string; ifNoneMatch?: string; ifModifiedSince?: string }[] = [];

const rss = (items: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Préfecture des Landes — actualités</title><link>https://www.landes.gouv.fr</link>${items}</channel></rss>`;
const rssItem = (id: string, title: string, extra = "") =>
  `<item><title>${title}</title><link>https://www.landes.gouv.fr/actualites/${id}</link><guid isPermaLink="false">landes-${id}</guid><pubDate>Sun, 01 Dec 2026 08:00:00 +0100</pubDate><description><![CDATA[<p>${title} : <b>ne vous engagez pas</b> sur les routes inondées.</p>]]></description>${extra}</item>`;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push({ path: req.url ?? "", ifNoneMatch: req.headers["if-none-match"] as string | undefined, ifModifiedSince: req.headers["if-modified-since"] as string | undefined });
    const route = routes.get(req.url ?? "");
    if (route) return route(req, res);
    res.writeHead(404).end();
  });
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
  routes.clear();
  hits.length = 0;
  const org = await createOrganization();
  const user = await createUser({ role: "COORDINATOR", organizationId: org.id });
  activationId = (await createActivation({ ownerOrganizationId: org.id, createdById: user.id })).id;
  sourceId = (await db().source.create({ data: { activationId, kind: "RSS", name: "Préfecture", config: {} } })).id;
});

/** Runs the real connector for a number of polling rounds; its waits return at once (time is not what is tested). */
async function runRounds(feeds: string[], rounds: number): Promise<number[]> {
  const waits: number[] = [];
  const controller = new AbortController();
  let cursor: string | null = (await db().source.findUniqueOrThrow({ where: { id: sourceId } })).cursor;
  await rssConnector().run({
    source: { id: sourceId, activationId, name: "Préfecture", config: { feeds: feeds.map((f) => `${base}${f}`), intervalSeconds: 60 }, secret: null },
    cursor,
    signal: controller.signal,
    sleep: async (ms) => {
      waits.push(ms);
      if (waits.filter((w) => w === 60_000).length >= rounds) controller.abort();
    },
    deliver: async (payloads, next) => {
      await ingestBatch({ activationId, sourceId, payloads, cursor: next });
      cursor = next;
    },
    watchSettings: () => loadWatchSettings(activationId),
  });
  return waits;
}

describe("RSS/Atom connector against a fake feed server", () => {
  it("fetches RSS and Atom, sanitises, keeps enclosures, and asks again with ETag / Last-Modified (304: nothing new)", async () => {
    routes.set("/prefecture.xml", (req, res) => {
      if (req.headers["if-none-match"] === '"v1"') return res.writeHead(304).end();
      res.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"' }).end(rss(rssItem("1", "Vigilance rouge crues", '<enclosure url="/img/carte.jpg" type="image/jpeg" length="1000"/>') + rssItem("2", "Évacuation à Saubusse")));
    });
    routes.set("/vigicrues.atom", (req, res) => {
      if (req.headers["if-modified-since"] === "Sun, 01 Dec 2026 07:00:00 GMT") return res.writeHead(304).end();
      res.writeHead(200, { "content-type": "application/atom+xml", "last-modified": "Sun, 01 Dec 2026 07:00:00 GMT" }).end(`<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Vigicrues Adour</title>
<entry><id>tag:vigicrues,2026:adour-1</id><title>Adour à Dax : 5,20 m</title><link href="https://www.vigicrues.gouv.fr/adour/1"/><link rel="enclosure" type="image/png" href="https://www.vigicrues.gouv.fr/graph.png"/><updated>2026-12-01T07:00:00Z</updated><summary>Hausse lente, pic attendu cette nuit.</summary></entry>
</feed>`);
    });
    await runRounds(["/prefecture.xml", "/vigicrues.atom"], 2);
    const posts = await db().post.findMany({ where: { activationId }, orderBy: { id: "asc" } });
    expect(posts.map((p) => p.externalId)).toEqual(["landes-1", "landes-2", "tag:vigicrues,2026:adour-1"]);
    expect(posts[0].text).toBe("Vigilance rouge crues\nVigilance rouge crues : ne vous engagez pas sur les routes inondées.");
    expect(posts[0].media).toEqual([{ url: "http://127.0.0.1:" + new URL(base).port + "/img/carte.jpg", type: "image", alt: "Vigilance rouge crues" }]);
    expect(posts[0].postedAt.toISOString()).toBe("2026-12-01T07:00:00.000Z");
    expect(posts[2]).toMatchObject({ network: "rss", url: "https://www.vigicrues.gouv.fr/adour/1", authorName: "Vigicrues Adour" });
    // Second round: conditional requests, both answered 304.
    expect(hits.filter((h) => h.path === "/prefecture.xml").map((h) => h.ifNoneMatch)).toEqual([undefined, '"v1"']);
    expect(hits.filter((h) => h.path === "/vigicrues.atom").map((h) => h.ifModifiedSince)).toEqual([undefined, "Sun, 01 Dec 2026 07:00:00 GMT"]);
    // The cursor holds the validators, saved with the items.
    expect(JSON.parse((await db().source.findUniqueOrThrow({ where: { id: sourceId } })).cursor!).feeds[`${base}/prefecture.xml`]).toEqual({ etag: '"v1"' });
  });

  it("stores a re-published item once, dead-letters an item without id or link, and carries on", async () => {
    let version = 1;
    routes.set("/feed.xml", (_req, res) => {
      const items = version === 1 ? rssItem("1", "Route D824 coupée") : rssItem("1", "Route D824 coupée") + rssItem("3", "Gymnase ouvert") + "<item><title>Sans lien</title></item>";
      res.writeHead(200, { etag: `"v${version}"` }).end(rss(items));
      version = 2;
    });
    await runRounds(["/feed.xml"], 2);
    expect((await db().post.findMany({ where: { activationId } })).map((p) => p.externalId).sort()).toEqual(["landes-1", "landes-3"]);
    const letters = await db().deadLetter.findMany({ where: { activationId } });
    expect(letters).toHaveLength(1);
    expect(letters[0].reason).toMatch(/externalId/);
  });

  it("waits for Retry-After on a 429, then fetches", async () => {
    let calls = 0;
    routes.set("/busy.xml", (_req, res) => {
      calls++;
      if (calls === 1) return res.writeHead(429, { "retry-after": "7" }).end();
      res.writeHead(200).end(rss(rssItem("9", "Point de situation")));
    });
    const waits = await runRounds(["/busy.xml"], 2);
    expect(waits[0]).toBe(7000);
    expect(await db().post.count({ where: { activationId } })).toBe(1);
  });

  it("fails loudly on a 500 (the supervisor backs off and reconnects) and on a document that is not a feed", async () => {
    routes.set("/down.xml", (_req, res) => res.writeHead(500).end("oops"));
    await expect(runRounds(["/down.xml"], 1)).rejects.toThrow(/HTTP 500/);
    routes.set("/html.xml", (_req, res) => res.writeHead(200).end("<html><body>Maintenance</body></html>"));
    await expect(runRounds(["/html.xml"], 1)).rejects.toThrow(/neither RSS 2.0 nor Atom/);
    expect(await db().post.count({ where: { activationId } })).toBe(0);
  });
});
