import { announceFeed } from "../ingest/feed-announcer";
import { pgPool } from "../db/pg-pool";
import type { PostUnderstanding } from "../ingest/feed-post";
import type { Hazard } from "../activation/hazards";
import { enricherFor } from "./activation-enrichers";
import { suggestReportCategory, type Enricher, type InformationType } from "./create-enricher";

/**
 * Enriches stored posts of one activation and stores the result in one
 * statement; posts a volunteer labelled keep their label. The model's
 * language fills the post's own when the network gave none. Announced live
 * after the write, so open feeds show type, relevance and urgency as soon as
 * they are known.
 */
export async function enrichStoredPosts(activationId: string, postIds: bigint[]): Promise<number> {
  if (postIds.length === 0) return 0;
  const { enricher, hazard } = await enricherFor(activationId);
  const posts = await pgPool().query<{ id: string; text: string; lang: string | null }>(
    `SELECT p.id::text, p."text", p.lang FROM "Post" p
     LEFT JOIN "PostEnrichment" e ON e."postId" = p.id
     WHERE p.id = ANY($1::bigint[]) AND p."activationId" = $2 AND p."deletedAt" IS NULL AND p."text" <> '' AND (e."labelled" IS NOT TRUE)`,
    [postIds.map(String), activationId],
  );
  const items = posts.rows.map((post) => ({ id: post.id, understanding: understand(enricher, hazard as Hazard, post.text, post.lang) }));
  if (items.length === 0) return 0;
  const column = <T>(pick: (u: PostUnderstanding) => T) => items.map((item) => pick(item.understanding));
  await pgPool().query(
    `WITH input AS (
       SELECT * FROM unnest($2::bigint[], $3::text[], $4::float8[], $5::text[], $6::float8[], $7::boolean[], $8::float8[], $9::text[], $10::text[])
         AS t(post_id, lang, relevance, category, confidence, urgent, urgency, triggers, report_category)
     ), stored AS (
       INSERT INTO "PostEnrichment" ("postId", "activationId", lang, relevance, category, "categoryConfidence", urgent, urgency, "urgencyTriggers", "reportCategory", "enrichedAt")
       SELECT post_id, $1::uuid, lang, relevance, category::"InformationType", confidence, urgent, urgency, string_to_array(triggers, E'\\x1f'), report_category, now() FROM input
       ON CONFLICT ("postId") DO UPDATE SET lang = EXCLUDED.lang, relevance = EXCLUDED.relevance, category = EXCLUDED.category,
         "categoryConfidence" = EXCLUDED."categoryConfidence", urgent = EXCLUDED.urgent, urgency = EXCLUDED.urgency,
         "urgencyTriggers" = EXCLUDED."urgencyTriggers", "reportCategory" = EXCLUDED."reportCategory", "enrichedAt" = now()
         WHERE NOT "PostEnrichment".labelled
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
    ],
  );
  announceFeed(activationId, { understood: items });
  return items.length;
}

export function understand(enricher: Enricher, hazard: Hazard, text: string, lang: string | null): PostUnderstanding {
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
