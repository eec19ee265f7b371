-- Trending stories, and perceptual hashes of stored photos (copies of one photo join one story).
ALTER TABLE "PostEnrichment" ADD COLUMN "storyTrending" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "MediaFile" ADD COLUMN "phash" TEXT;
CREATE INDEX "MediaFile_activationId_phash_idx" ON "MediaFile"("activationId") WHERE "phash" IS NOT NULL;
