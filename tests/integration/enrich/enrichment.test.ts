import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Server } from "socket.io";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/session-user";
import { db } from "../../../lib/db/client";
import { closePgPool } from "../../../lib/db/pg-pool";
import { forgetEnricher, enricherFor } from "../../../lib/enrich/activation-enrichers";
import { forgetStories } from "../../../lib/enrich/story-assigner";
import { enrichmentIdle, startEnrichment, sweepUnenriched } from "../../../lib/enrich/enrichment-service";
import { imageStoriesIdle } from "../../../lib/enrich/image-story-queue";
import { labelPost } from "../../../lib/enrich/label-post";
import { capturePost } from "../../../lib/ingest/capture-post";
import sharp from "sharp";
import { ingestBatch } from "../../../lib/ingest/ingest-batch";
import { listFeedPosts } from "../../../lib/ingest/list-feed-posts";
import type { ClientToServerEvents, FeedUnderstoodEvent, JoinResult, ServerToClientEvents } from "../../../lib/realtime/events";
import { createSocketServer } from "../../../lib/realtime/socket-server";
import { createActivation, createOrganization, createUser, resetDatabase, sessionCookie, TEST_SECRET } from "../helpers/fixtures";

/** Posts are understood after they are stored: stored once, announced live to a real Socket.IO client, corrected by volunteers. */
type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
let http: HttpServer;
let io: Server;
let baseUrl: string;
let volunteer: SessionUser;
let authority: SessionUser;
let activationId: string;
let stopEnrichment: () => void;
const clients: Client[] = [];

beforeAll(async () => {
  http = createServer();
  io = createSocketServer(http, { secret: TEST_SECRET });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  stopEnrichment = startEnrichment();
});
afterAll(async () => {
  stopEnrichment();
  io.close();
  await new Promise((resolve) => http.close(resolve));
  await closePgPool();
});
beforeEach(async () => {
  await resetDatabase();
  const org = await createOrganization();
  const prefecture = await createOrganization("PREFECTURE");
  volunteer = await createUser({ role: "VOLUNTEER", organizationId: org.id });
  authority = await createUser({ role: "AUTHORITY", organizationId: prefecture.id });
  activationId = (await createActivation({ ownerOrganizationId: org.id, createdById: volunteer.id, members: [{ userId: volunteer.id, role: "VOLUNTEER" }], granted: [prefecture.id] })).id;
  forgetEnricher(activationId);
  forgetStories(activationId);
});
afterEach(() => clients.splice(0).forEach((client) => client.close()));

const post = (id: string, text: string, lang: string | null = null) => ({ network: "telegram", externalId: id, text, lang, postedAt: "2026-12-01T10:00:00Z" });

type Understood = FeedUnderstoodEvent["items"][number]["understanding"];

/** A client in the activation's room: what it learned of each post (inside `feed:posts`, or later by `feed:understood`). */
async function joinedClient(user: SessionUser): Promise<{ client: Client; news: FeedUnderstoodEvent[]; understood: Map<string, Understood> }> {
  const client: Client = connect(baseUrl, { transports: ["websocket"], extraHeaders: { cookie: await sessionCookie(user) }, reconnection: false });
  clients.push(client);
  const news: FeedUnderstoodEvent[] = [];
  const understood = new Map<string, Understood>();
  client.on("feed:understood", (event) => {
    news.push(event);
    for (const item of event.items) understood.set(item.id, item.understanding);
  });
  client.on("feed:posts", (batch) => batch.posts.forEach((p) => p.understanding && understood.set(p.id, p.understanding)));
  await new Promise<void>((resolve, reject) => (client.once("connect", () => resolve()), client.once("connect_error", reject)));
  const joined = await new Promise<JoinResult>((resolve) => client.emit("activation:join", { activationId }, resolve));
  expect(joined.ok).toBe(true);
  return { client, news, understood };
}

async function until(check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("enrichment of stored posts", () => {
  it("stores type, relevance, urgency and language for each ingested post and announces them live", async () => {
    const { understood } = await joinedClient(volunteer);
    await ingestBatch({
      activationId,
      sourceId: null,
      payloads: [
        post("u1", "Au secours ! Ma grand-mère est bloquée sur le toit au 12 rue des Arènes à Dax, l'eau monte, appelez les pompiers"),
        post("n1", "Super soirée hier au match, on a gagné 3-0 ! 🎉"),
        post("c1", "Vigilance rouge crues sur l'Adour : ne prenez pas la route, ne descendez pas dans les sous-sols", "fr"),
      ],
    });
    await enrichmentIdle();
    const rows = await db().postEnrichment.findMany({ include: { post: { select: { externalId: true, lang: true } } } });
    const byId = Object.fromEntries(rows.map((row) => [row.post.externalId, row]));
    expect(byId.u1).toMatchObject({ urgent: true, lang: "fr", labelled: false });
    expect(byId.u1.urgencyTriggers.length).toBeGreaterThan(0);
    expect(byId.u1.relevance).toBeGreaterThan(0.5);
    expect(byId.n1).toMatchObject({ category: "NOT_RELEVANT", urgent: false });
    expect(byId.c1.category).toBe("CAUTION_ADVICE");
    expect(byId.u1.post.lang).toBe("fr"); // the detected language fills the post's own
    await until(() => understood.size >= 3);
    expect(understood.get(byId.u1.postId.toString())).toMatchObject({ urgent: true });
    // The feed's query carries it, and the urgent strip's query finds the urgent post only.
    const urgent = await listFeedPosts(activationId, { limit: 30, urgent: true });
    expect(urgent.map((p) => p.externalId)).toEqual(["u1"]);
  });

  it("stores the places, personal data and story of each post, and folds copies into one story", async () => {
    await db().activation.update({ where: { id: activationId }, data: { departements: ["40"] } });
    forgetEnricher(activationId);
    const original = "La digue a cédé à Saubusse, l'eau arrive vers le centre-bourg, évacuation en cours par les pompiers";
    await ingestBatch({
      activationId,
      sourceId: null,
      payloads: [
        post("pii", "Au secours, mon père est bloqué au 12 rue des Arènes à Dax, appelez-moi au 06 12 34 56 78"),
        post("o1", original),
        post("o2", `RT @infoslandes: ${original}`),
        post("o3", `${original} 😱 #crue #Landes`),
        post("other", "La route de Tartas à Mont-de-Marsan est coupée par la crue de la Midouze"),
      ],
    });
    await enrichmentIdle();
    const rows = await db().postEnrichment.findMany({ include: { post: { select: { externalId: true } } } });
    const byId = Object.fromEntries(rows.map((row) => [row.post.externalId, row]));
    expect((byId.pii.places as { insee: string }[]).map((p) => p.insee)).toContain("40088");
    expect((byId.pii.pii as { kind: string }[]).map((f) => f.kind).sort()).toEqual(["address", "phone"]);
    expect((byId.other.places as { name: string }[]).map((p) => p.name)).toEqual(expect.arrayContaining(["Tartas", "Mont-de-Marsan"]));
    expect(byId.o2.storyId).toBe(byId.o1.postId);
    expect(byId.o3.storyId).toBe(byId.o1.postId);
    expect(byId.other.storyId).toBe(byId.other.postId);
    const feed = await listFeedPosts(activationId, { limit: 10 });
    expect(feed.find((p) => p.externalId === "o3")?.understanding).toMatchObject({ storyId: byId.o1.postId.toString(), pii: [] });
  });

  it("puts the same photo, posted with other words, in one story (perceptual hash, in its own queue); flags a fast-growing story", async () => {
    const scene = sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 40, g: 90, b: 160 } } })
      .composite([{ input: Buffer.from('<svg width="320" height="240"><rect x="30" y="120" width="260" height="80" fill="#6b4f2a"/><circle cx="240" cy="60" r="35" fill="#f5d76e"/></svg>'), top: 0, left: 0 }]);
    const photo = await scene.clone().jpeg({ quality: 92 }).toBuffer();
    const reencoded = await sharp(photo).resize(240).jpeg({ quality: 60 }).toBuffer();
    const first = await capturePost(volunteer, activationId, { url: "https://www.facebook.com/groups/crue/posts/1", text: "Le pont de Saubusse ce matin, l'eau est au ras du tablier", authorHandle: "Riverain", postedAt: null }, [{ bytes: photo, mime: "image/jpeg" }]);
    await enrichmentIdle();
    await imageStoriesIdle();
    const second = await capturePost(volunteer, activationId, { url: "https://www.instagram.com/p/crue2/", text: "Regardez ça, incroyable #Landes", authorHandle: "Passante", postedAt: null }, [{ bytes: reencoded, mime: "image/jpeg" }]);
    await enrichmentIdle();
    await imageStoriesIdle();
    const row = await db().postEnrichment.findUniqueOrThrow({ where: { postId: BigInt(second.postId!) } });
    expect(row.storyId?.toString()).toBe(first.postId);
    expect(await db().mediaFile.count({ where: { activationId, phash: { not: null } } })).toBe(2);

    // Six copies within minutes of each other: the story trends.
    const base = Date.now();
    await ingestBatch({
      activationId,
      sourceId: null,
      payloads: Array.from({ length: 6 }, (_, i) => ({ network: "x", externalId: `t${i}`, text: `RT @prefet40: Évacuation immédiate du quartier du Sablar à Dax, rejoignez le gymnase ${i ? "" : ""}`.trim(), postedAt: new Date(base + i * 60_000).toISOString() })),
    });
    await enrichmentIdle();
    const latest = await db().postEnrichment.findFirstOrThrow({ where: { post: { externalId: "t5" } } });
    expect(latest.storyTrending).toBe(true);
  });

  it("finds posts stored without enrichment (a crash between the two) and enriches them", async () => {
    stopEnrichment(); // as if the process died right after the ingestion commit
    await ingestBatch({ activationId, sourceId: null, payloads: [post("late", "La crue coupe la D824 à hauteur de Tartas, déviation en place")] });
    expect(await db().postEnrichment.count()).toBe(0);
    stopEnrichment = startEnrichment(); // a restart sweeps
    await until(async () => (await db().postEnrichment.count()) === 1);
    expect(await sweepUnenriched()).toBe(0);
  });

  it("learns from a volunteer's correction: stored, replayed after a restart, and visible on the next similar post", async () => {
    const { news, understood } = await joinedClient(volunteer);
    const text = "Distribution de sacs de sable gratuite au gymnase municipal de Saint-Paul-lès-Dax ce soir";
    await ingestBatch({ activationId, sourceId: null, payloads: [post("s1", text)] });
    await enrichmentIdle();
    const before = await db().postEnrichment.findFirstOrThrow();
    const target = before.category === "NEEDS" ? "RESCUE_RESPONSE" : "NEEDS";

    const { labels } = await labelPost(volunteer, activationId, before.postId.toString(), { category: target, urgent: false });
    expect(labels).toBe(1);
    expect(await db().postEnrichment.findFirstOrThrow()).toMatchObject({ category: target, labelled: true, urgent: false });
    expect(await db().postLabel.findFirstOrThrow()).toMatchObject({ category: target, relevant: true, userId: volunteer.id });
    await until(() => news.some((n) => n.labels === 1) && understood.get(before.postId.toString())?.labelled === true);

    // The model is rebuilt from the stored labels (as after a restart) and a similar post follows the correction.
    forgetEnricher(activationId);
    const { enricher } = await enricherFor(activationId);
    expect(enricher.labelsLearned()).toBe(1);
    await ingestBatch({ activationId, sourceId: null, payloads: [post("s2", "Distribution de sacs de sable gratuite au gymnase municipal de Dax demain matin")] });
    await enrichmentIdle();
    const similar = await db().postEnrichment.findFirstOrThrow({ where: { post: { externalId: "s2" } } });
    expect(similar.category).toBe(target);
    // A labelled post keeps its label when the model scores again.
    await until(async () => (await db().postEnrichment.findFirstOrThrow({ where: { postId: before.postId } })).labelled);
  });

  it("refuses a correction from a reader without the triage right, or with nothing to correct, and changes nothing", async () => {
    await ingestBatch({ activationId, sourceId: null, payloads: [post("r1", "Route coupée par la crue à Pontonx")] });
    await enrichmentIdle();
    const row = await db().postEnrichment.findFirstOrThrow();
    await expect(labelPost(authority, activationId, row.postId.toString(), { category: "NEEDS" })).rejects.toThrow(/triage/);
    await expect(labelPost(volunteer, activationId, row.postId.toString(), {})).rejects.toThrow(/label_empty/);
    await expect(labelPost(volunteer, activationId, "999999", { category: "NEEDS" })).rejects.toThrow(/post_not_found/);
    expect(await db().postLabel.count()).toBe(0);
    expect((await db().postEnrichment.findFirstOrThrow()).labelled).toBe(false);
  });
});
