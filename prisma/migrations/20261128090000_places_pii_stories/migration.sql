-- Places, personal data and stories of each post.
ALTER TABLE "PostEnrichment" ADD COLUMN "places" JSONB NOT NULL DEFAULT '[]';
ALTER TABLE "PostEnrichment" ADD COLUMN "pii" JSONB NOT NULL DEFAULT '[]';
ALTER TABLE "PostEnrichment" ADD COLUMN "storyId" BIGINT;
CREATE INDEX "PostEnrichment_activationId_storyId_idx" ON "PostEnrichment"("activationId", "storyId");
