-- Triage: a queue state per post, a priority for "take next", and leases (claims) kept in PostgreSQL
-- so that several app processes never give one post to two volunteers.
CREATE TYPE "TriageState" AS ENUM ('OPEN', 'DISCARDED', 'HANDLED');

ALTER TABLE "PostEnrichment" ADD COLUMN "triage" "TriageState" NOT NULL DEFAULT 'OPEN';
ALTER TABLE "PostEnrichment" ADD COLUMN "triagedById" UUID;
ALTER TABLE "PostEnrichment" ADD COLUMN "triagedAt" TIMESTAMPTZ(3);
-- Urgent first, then urgency and relevance; recency breaks ties through the post id.
ALTER TABLE "PostEnrichment" ADD COLUMN "priority" DOUBLE PRECISION GENERATED ALWAYS AS (("urgent"::int) * 10 + "urgency" * 3 + "relevance" * 2) STORED;
-- "Take next" walks this index in order and stops at the first free post.
CREATE INDEX "PostEnrichment_queue_idx" ON "PostEnrichment" ("activationId", "priority" DESC, "postId" DESC)
  WHERE "triage" = 'OPEN' AND "category" <> 'NOT_RELEVANT';

CREATE TABLE "PostClaim" (
    "postId" BIGINT NOT NULL,
    "activationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "claimedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "PostClaim_pkey" PRIMARY KEY ("postId")
);
CREATE INDEX "PostClaim_activationId_expiresAt_idx" ON "PostClaim"("activationId", "expiresAt");
CREATE INDEX "PostClaim_userId_idx" ON "PostClaim"("userId");
ALTER TABLE "PostClaim" ADD CONSTRAINT "PostClaim_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PostClaim" ADD CONSTRAINT "PostClaim_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
