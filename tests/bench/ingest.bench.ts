/**
 * npm run bench:ingest — pushes synthetic posts through the whole ingestion
 * pipeline (validation, normalisation, sanitising, dedup, bulk storage, cursor,
 * batched live announcements) into PostgreSQL, then COPYs the same rows into
 * an identical table as the ceiling. Prints figures; never pass/fail.
 */
import os from "node:os";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { from as copyFrom } from "pg-copy-streams";
import { benchDatabase } from "./bench-database";

const POSTS = Number(process.env.BENCH_POSTS ?? 200_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 1000);

const COMMUNES = ["Dax", "Tartas", "Mont-de-Marsan", "Saint-Sever", "Aire-sur-l'Adour", "Peyrehorade", "Hagetmau", "Soustons", "Mugron", "Pontonx-sur-l'Adour"];
const PHRASES = [
  "L'eau monte encore rue des Arènes, les pompiers évacuent les maisons du bas",
  "Route coupée entre {c} et Saint-Paul-lès-Dax, ne vous engagez pas",
  "Crue de l'Adour : vigilance rouge, la mairie ouvre le gymnase pour les sinistrés",
  "Coupure de courant depuis 3h du matin dans tout le quartier, Enedis injoignable",
  "Besoin de sacs de sable et de bras pour protéger l'école, rendez-vous à 14h",
];

/** Deterministic synthetic post i: ~280 characters of text and a ~1.3 KB raw payload, like a Mastodon status. */
function payload(i: number): Record<string, unknown> {
  const commune = COMMUNES[i % COMMUNES.length];
  const text = `${PHRASES[i % PHRASES.length].replace("{c}", commune)} — ${commune} #crue #Landes #inondations (${i}) ${"·".repeat(120 + (i % 40))}`;
  return {
    network: i % 3 === 0 ? "bluesky" : "mastodon",
    externalId: `bench-${i}`,
    url: `https://mastodon.example/@user${i % 5000}/${1_000_000 + i}`,
    author: { id: String(i % 5000), handle: `@user${i % 5000}@mastodon.example`, name: `Habitant ${i % 5000}` },
    text,
    lang: "fr",
    postedAt: new Date(Date.UTC(2026, 11, 1) + i * 100).toISOString(),
    media: i % 5 === 0 ? [{ url: `https://media.example/${i}.jpg`, type: "image", alt: "Rue inondée" }] : [],
    geo: i % 12 === 0 ? { lat: 43.7 + (i % 100) / 1000, lon: -1.05 + (i % 100) / 1000 } : null,
    card: { title: "Vigicrues", description: "Vigilance rouge crues sur l'Adour aval", providerName: "vigicrues.gouv.fr" },
    account: { acct: `user${i % 5000}`, display_name: `Habitant ${i % 5000}`, note: "Dacquois, passionné de rugby et de pêche".repeat(3), followers_count: i % 900 },
    tags: [{ name: "crue" }, { name: "landes" }, { name: "inondations" }],
  };
}

async function main(): Promise<void> {
  const { url, cluster } = await benchDatabase("vigie_bench_ingest");
  process.env.DATABASE_URL = url;
  const { db, disconnectDb } = await import("../../lib/db/client");
  const { closePgPool, pgPool } = await import("../../lib/db/pg-pool");
  const { onCommittedEvents } = await import("../../lib/db/committed-events");
  const { ingestBatch } = await import("../../lib/ingest/ingest-batch");
  const { normalizePost } = await import("../../lib/ingest/normalize");
  const { incomingPostSchema } = await import("../../lib/ingest/schemas");
  const { hasPostListeners } = await import("../../lib/ingest/post-hooks");

  const org = await db().organization.create({ data: { name: "Bench", type: "VOLUNTEER_ASSOCIATION" } });
  const user = await db().user.create({ data: { email: "bench@vigie.local", name: "Bench", role: "COORDINATOR", organizationId: org.id, passwordHash: "x" } });
  const activation = await db().activation.create({
    data: { name: "Bench", slug: "bench", hazard: "flood", status: "ACTIVE", area: {}, bboxWest: -2, bboxSouth: 43, bboxEast: 1, bboxNorth: 45, ownerOrganizationId: org.id, createdById: user.id },
  });
  const source = await db().source.create({ data: { activationId: activation.id, kind: "WEBHOOK", name: "bench" } });

  let announcedPosts = 0;
  let announcements = 0;
  onCommittedEvents((events) => {
    for (const event of events) {
      announcements++;
      if (event.type === "feed:posts") announcedPosts += (event.payload as { posts: unknown[] }).posts.length;
    }
  });
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

  console.log(`bench:ingest — ${POSTS} posts in batches of ${BATCH}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "cpu"}`);
  const started = performance.now();
  let stored = 0;
  for (let offset = 0; offset < POSTS; offset += BATCH) {
    const payloads = Array.from({ length: Math.min(BATCH, POSTS - offset) }, (_, k) => payload(offset + k));
    const result = await ingestBatch({ activationId: activation.id, sourceId: source.id, payloads, cursor: String(offset + payloads.length) });
    stored += result.stored;
  }
  const seconds = (performance.now() - started) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 200)); // last announcement flush
  clearInterval(sampler);
  const postsPerSecond = Math.round(stored / seconds);
  console.log(`pipeline: ${stored} posts stored in ${seconds.toFixed(1)} s = ${postsPerSecond} posts/s; ${announcements} live announcements carried ${announcedPosts} posts`);

  // The ceiling: COPY the same normalised rows into an identical table, timing only the COPY.
  const client = await pgPool().connect();
  await client.query(`CREATE TABLE "PostCopy" (LIKE "Post" INCLUDING ALL)`);
  let copySeconds = 0;
  const esc = (value: unknown) => (value === null || value === undefined ? "\\N" : String(value).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r"));
  for (let offset = 0; offset < POSTS; offset += 10_000) {
    const lines: string[] = [];
    for (let i = offset; i < Math.min(POSTS, offset + 10_000); i++) {
      const raw = payload(i);
      const p = normalizePost(incomingPostSchema.parse(raw), raw);
      lines.push([activation.id, source.id, p.network, p.externalId, p.url, p.authorId, p.authorHandle, p.authorName, p.text, p.lang, p.postedAt.toISOString(), new Date().toISOString(), JSON.stringify(p.media), p.geoLat, p.geoLon, p.repostOf, p.quoteOf, p.replyTo, JSON.stringify(p.raw), p.contentHash].map(esc).join("\t") + "\n");
    }
    const t0 = performance.now();
    const stream = client.query(copyFrom(`COPY "PostCopy" ("activationId","sourceId","network","externalId","url","authorId","authorHandle","authorName","text","lang","postedAt","ingestedAt","media","geoLat","geoLon","repostOf","quoteOf","replyTo","raw","contentHash") FROM STDIN`));
    await pipeline(Readable.from(lines), stream);
    copySeconds += (performance.now() - t0) / 1000;
  }
  client.release();
  const copyRowsPerSecond = Math.round(POSTS / copySeconds);
  console.log(`ceiling: COPY of the same ${POSTS} rows into an identical table = ${copyRowsPerSecond} rows/s`);
  console.log(`peak RSS ${Math.round(peakRss / 1048576)} MB; enrichment: ${hasPostListeners() ? "ran" : "none registered (not built yet)"}`);

  await closePgPool();
  await disconnectDb();
  await cluster?.stop();
  console.log(
    JSON.stringify({
      posts: stored,
      postsPerSecond,
      copyRowsPerSecond,
      ratioToCopy: Math.round((postsPerSecond / copyRowsPerSecond) * 100) / 100,
      peakRssMb: Math.round(peakRss / 1048576),
      enrichment: hasPostListeners(),
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
