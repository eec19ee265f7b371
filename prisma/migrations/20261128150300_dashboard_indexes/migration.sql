-- Dashboard and situation reports: the time buckets of posts (trend chart, posts per minute)
-- and the report figures read on every live refresh must stay fast on a million posts.
CREATE INDEX "Post_activationId_postedAt_idx" ON "Post"("activationId", "postedAt");
CREATE INDEX "Post_activationId_ingestedAt_idx" ON "Post"("activationId", "ingestedAt");
CREATE INDEX "Report_activationId_status_updatedAt_idx" ON "Report"("activationId", "status", "updatedAt");
