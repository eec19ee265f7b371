-- Dashboard and situation reports: the figures read on every live refresh must stay fast on
-- a million posts and a hundred thousand reports (see tests/bench/dashboard.bench.ts).

-- Posts per quarter hour (trend chart, total) by time posted; posts per minute by arrival.
CREATE INDEX "Post_activationId_postedAt_idx" ON "Post"("activationId", "postedAt");
CREATE INDEX "Post_activationId_ingestedAt_idx" ON "Post"("activationId", "ingestedAt");

-- Every column the report figures, the communes table and the report trend read: answered
-- from the index alone (merged reports never count).
CREATE INDEX "Report_dashboard_figures_idx" ON "Report"("activationId", "category", "status", "severity", "placeName", "createdAt") WHERE "mergedIntoId" IS NULL;

-- Confirmed reports in the dashboard's order (current ones first): the latest list and the map
-- read the first rows of these instead of sorting every confirmed report.
CREATE INDEX "Report_confirmed_latest_idx" ON "Report"("activationId", (("currency" = 'CURRENT')) DESC, "updatedAt" DESC) WHERE "status" = 'CONFIRMED' AND "mergedIntoId" IS NULL;
CREATE INDEX "Report_confirmed_map_idx" ON "Report"("activationId", (("currency" = 'CURRENT')) DESC, "severity" DESC, "updatedAt" DESC) WHERE "status" = 'CONFIRMED' AND "mergedIntoId" IS NULL AND "lat" IS NOT NULL;
