import type { Hazard } from "../activation/hazards";
import { pgPool } from "../db/pg-pool";
import type { PostUnderstanding } from "../ingest/feed-post";
import { announceFeed } from "../ingest/feed-announcer";
import { detectPersonalData } from "../pii/detect-personal-data";
import { resolvePlaces } from "../places/resolve-places";
import { enricherFor } from "./activation-enrichers";
import { suggestReportCategory, type Enricher, type InformationType } from "./create-enricher";
import { enqueueImageStories } from "./image-story-queue";
import { assignStories } from "./story-assigner";

/**
 * Enriches stored posts of one activation — language, relevance, type,
 * urgency, places, personal data, story — and stores the result in one
 * statement; posts a volunteer labelled keep their label (their places,
 * personal data and story are still computed). The model's language fills
 * the post's own when the network gave none. Announced live after the write.
 */
export async function enrichStoredPosts(activationId: string, postIds: bigint[]): Promise<number> {
  if (postIds.length === 0) return 0;
  const { enricher, hazard, departements } = await enricherFor(activationId);
  const posts = await pgPool().query<{ id: string; text: string; lang: string | null; postedAt: Date; geoLat: number | null; geoLon: number | null; labelled: boolean; media: { fileId?: string }[] }>(
    `SELECT p.id::text, p."text", p.lang, p."postedAt", p."geoLat", p."geoLon", COALESCE(e.labelled, false) AS labelled, p.media FROM "Post" p
     LEFT JOIN "PostEnrichment" e ON e."postId" = p.id
     WHERE p.id = ANY($1::bigint[]) AND p."activationId" = $2 AND p."deletedAt" IS NULL AND p."text" <> ''
     ORDER BY p.id`,
    [postIds.map(String), activationId],
  );
  if (posts.rows.length === 0) return 0;
  const stories = await assignStories(activationId, posts.rows.map((post) => ({ id: post.id, text: post.text, at: post.postedAt })));
  const items = posts.rows.map((post) => {
    const story = stories.get(post.id);
    const understanding: PostUnderstanding = {
      ...understand(enricher, hazard as Hazard, post.text, post.lang),
      places: resolvePlaces(post.text, { departements, geotag: post.geoLat !== null && post.geoLon !== null ? { lat: post.geoLat, lon: post.geoLon } : null }),
      pii: detectPersonalData(post.text),
      storyId: story?.storyId ?? null,
      storySize: story?.size,
      storyTrending: story?.trending ?? false,
    };
    return { id: post.id, labelled: post.labelled, understanding };
  });
  const column = <T>(pick: (u: PostUnderstanding) => T) => items.map((item) => pick(item.understanding));
  await pgPool().query(
    `WITH input AS (
       SELECT * FROM unnest($2::bigint[], $3::text[], $4::float8[], $5::text[], $6::float8[], $7::boolean[], $8::float8[], $9::text[], $10::text[], $11::text[], $12::text[], $13::bigint[], $14::boolean[])
         AS t(post_id, lang, relevance, category, confidence, urgent, urgency, triggers, report_category, places, pii, story_id, story_trending)
     ), stored AS (
       INSERT INTO "PostEnrichment" ("postId", "activationId", lang, relevance, category, "categoryConfidence", urgent, urgency, "urgencyTriggers", "reportCategory", places, pii, "storyId", "storyTrending", "enrichedAt")
       SELECT post_id, $1::uuid, lang, relevance, category::"InformationType", confidence, urgent, urgency, string_to_array(triggers, E'\\x1f'), report_category, places::jsonb, pii::jsonb, story_id, story_trending, now() FROM input
       ON CONFLICT ("postId") DO UPDATE SET places = EXCLUDED.places, pii = EXCLUDED.pii, "storyId" = COALESCE("PostEnrichment"."storyId", EXCLUDED."storyId"),
         "storyTrending" = EXCLUDED."storyTrending",
         lang = CASE WHEN "PostEnrichment".labelled THEN "PostEnrichment".lang ELSE EXCLUDED.lang END,
         relevance = CASE WHEN "PostEnrichment".labelled THEN "PostEnrichment".relevance ELSE EXCLUDED.relevance END,
         category = CASE WHEN "PostEnrichment".labelled THEN "PostEnrichment".category ELSE EXCLUDED.category END,
         "categoryConfidence" = CASE WHEN "PostEnrichment".labelled THEN "PostEnrichment"."categoryConfidence" ELSE EXCLUDED."categoryConfidence" END,
         urgent = CASE WHEN "PostEnrichment".labelled THEN "PostEnrichment".urgent ELSE EXCLUDED.urgent END,
         urgency = CASE WHEN "PostEnrichment".labelled THEN "PostEnrichment".urgency ELSE EXCLUDED.urgency END,
         "urgencyTriggers" = EXCLUDED."urgencyTriggers", "reportCategory" = EXCLUDED."reportCategory", "enrichedAt" = now()
     )
     UPDATE "Post" p SET lang = input.lang FROM input WHERE p.id = input.post_id AND p.lang IS NULL AND input.lang <> 'und'`,
    [
      activationId,
      items.map((item) => item.id),
      column((u) => u.lang),
      column((u) => u.relevance),
      column((u) => u.category),
      column((u) => u.categoryConfidence),
      column((u) => u.urgent),
      column((u) => u.urgency),
      // One text per post: triggers joined with a unit separator (never typed in a post's matched words).
      column((u) => u.urgencyTriggers.join("\u001f")),
      column((u) => u.reportCategory),
      column((u) => JSON.stringify(u.places)),
      column((u) => JSON.stringify(u.pii)),
      column((u) => u.storyId),
      column((u) => u.storyTrending ?? false),
    ],
  );
  // A story's first post carries its current size and growth: the queue ranks the story by them.
  const heads = new Map<string, { size: number; trending: boolean }>();
  for (const story of stories.values()) heads.set(story.storyId, { size: story.size, trending: story.trending || (heads.get(story.storyId)?.trending ?? false) });
  const grown = [...heads.entries()].filter(([, head]) => head.size > 1);
  if (grown.length) {
    await pgPool().query(
      `UPDATE "PostEnrichment" e SET "storySize" = t.size, "storyTrending" = e."storyTrending" OR t.trending
       FROM unnest($1::bigint[], $2::int[], $3::boolean[]) AS t(post_id, size, trending) WHERE e."postId" = t.post_id AND e."storySize" < t.size`,
      [grown.map(([id]) => id), grown.map(([, head]) => head.size), grown.map(([, head]) => head.trending)],
    );
  }
  // Photos stored in Vigie may join a story too, in their own slower queue.
  enqueueImageStories(posts.rows.map((post) => ({ activationId, postId: post.id, fileIds: (post.media ?? []).flatMap((m) => (m.fileId ? [m.fileId] : [])) })));
  // A labelled post keeps its label in the feed: announce only what the model decided.
  announceFeed(activationId, { understood: items.filter((item) => !item.labelled).map(({ id, understanding }) => ({ id, understanding })) });
  return items.length;
}

export function understand(enricher: Enricher, hazard: Hazard, text: string, lang: string | null): Omit<PostUnderstanding, "places" | "pii" | "storyId"> {
  const result = enricher.enrich({ text, lang });
  return {
    lang: result.lang,
    relevance: result.relevance,
    category: result.category,
    categoryConfidence: result.categoryConfidence,
    urgent: result.urgent,
    urgency: result.urgency,
    urgencyTriggers: result.urgencyTriggers,
    reportCategory: suggestReportCategory(hazard, result.category as InformationType),
    labelled: false,
  };
}
