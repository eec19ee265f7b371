-- The queue's priority also weighs a story's size and growth: a claim repeated by many, or
-- spreading fast, comes before a lone post of the same urgency and relevance.
ALTER TABLE "PostEnrichment" ADD COLUMN "storySize" INTEGER NOT NULL DEFAULT 1;
DROP INDEX "PostEnrichment_queue_idx";
ALTER TABLE "PostEnrichment" DROP COLUMN "priority";
ALTER TABLE "PostEnrichment" ADD COLUMN "priority" DOUBLE PRECISION GENERATED ALWAYS AS (
  ("urgent"::int) * 10 + "urgency" * 3 + "relevance" * 2 + LEAST("storySize", 50) / 50.0 + ("storyTrending"::int) * 1.5
) STORED;
CREATE INDEX "PostEnrichment_queue_idx" ON "PostEnrichment" ("activationId", "priority" DESC, "postId" DESC)
  WHERE "triage" = 'OPEN' AND "category" <> 'NOT_RELEVANT';
