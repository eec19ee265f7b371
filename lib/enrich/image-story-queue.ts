import { db } from "../db/client";
import { pgPool } from "../db/pg-pool";
import { understandingFromRow } from "../ingest/feed-post";
import { announceFeed } from "../ingest/feed-announcer";
import { imageFingerprint, isSamePhoto } from "../stories/image-fingerprint";

/**
 * Photos join stories too: the same photo posted with different words is one
 * story. Perceptual hashing decodes images, so it runs in its own queue, one
 * photo at a time, after the text enrichment, which it never slows. It covers
 * the photos stored in Vigie (captures, imports): network media stay on the
 * networks and are not downloaded.
 */
type Job = { activationId: string; postId: string; fileIds: string[] };
type Known = { hash: string; postId: string; storyId: string };
type State = { jobs: Job[]; running: boolean; known: Map<string, Promise<Known[]>> };
const holder = globalThis as unknown as { __vigieImageStories?: State };

function state(): State {
  holder.__vigieImageStories ??= { jobs: [], running: false, known: new Map() };
  return holder.__vigieImageStories;
}

export function enqueueImageStories(jobs: Job[]): void {
  const s = state();
  s.jobs.push(...jobs.filter((job) => job.fileIds.length > 0));
  if (!s.running && s.jobs.length) {
    s.running = true;
    setImmediate(() => void drain());
  }
}

/** Resolves when the queue is empty (tests). */
export async function imageStoriesIdle(): Promise<void> {
  while (state().running) await new Promise((resolve) => setTimeout(resolve, 20));
}

async function drain(): Promise<void> {
  const s = state();
  while (s.jobs.length) {
    const job = s.jobs.shift()!;
    try {
      await processJob(job);
    } catch (error) {
      console.error("[enrich] photo story failed:", error instanceof Error ? error.message : error);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  s.running = false;
}

async function processJob(job: Job): Promise<void> {
  const known = await knownPhotos(job.activationId);
  const current = await db().postEnrichment.findUnique({ where: { postId: BigInt(job.postId) }, select: { storyId: true } });
  if (!current) return;
  for (const fileId of job.fileIds) {
    const file = await db().mediaFile.findFirst({ where: { id: fileId, activationId: job.activationId }, select: { bytes: true, mime: true, phash: true } });
    if (!file || !file.mime.startsWith("image/")) continue;
    const hash = file.phash ?? (await imageFingerprint(Buffer.from(file.bytes)));
    if (!file.phash) await db().mediaFile.update({ where: { id: fileId }, data: { phash: hash } });
    const match = known.find((other) => other.postId !== job.postId && isSamePhoto(hash, other.hash));
    known.push({ hash, postId: job.postId, storyId: match?.storyId ?? current.storyId?.toString() ?? job.postId });
    if (!match || match.storyId === current.storyId?.toString()) continue;
    // Join the photo's story, unless this post already leads a story of copies of its own.
    const followers = await db().postEnrichment.count({ where: { storyId: BigInt(job.postId), postId: { not: BigInt(job.postId) } } });
    if (followers > 0) continue;
    const row = await db().postEnrichment.update({ where: { postId: BigInt(job.postId) }, data: { storyId: BigInt(match.storyId) } });
    announceFeed(job.activationId, { understood: [{ id: job.postId, understanding: understandingFromRow(row) }] });
    return;
  }
}

/** The activation's stored photos already hashed, with the story of the post that carries each. */
function knownPhotos(activationId: string): Promise<Known[]> {
  const s = state();
  let known = s.known.get(activationId);
  if (!known) {
    known = pgPool()
      .query<Known>(
        `SELECT mf.phash AS hash, p.id::text AS "postId", COALESCE(e."storyId", p.id)::text AS "storyId"
         FROM "Post" p JOIN "PostEnrichment" e ON e."postId" = p.id
         CROSS JOIN LATERAL jsonb_array_elements(p.media::jsonb) AS m
         JOIN "MediaFile" mf ON mf.id::text = m->>'fileId' AND mf.phash IS NOT NULL
         WHERE p."activationId" = $1 AND p."deletedAt" IS NULL`,
        [activationId],
      )
      .then((result) => result.rows);
    known.catch(() => s.known.delete(activationId));
    s.known.set(activationId, known);
  }
  return known;
}
