-- A merged report keeps its row (and its history) and points to the report it joined.
ALTER TABLE "Report" ADD COLUMN "mergedIntoId" UUID;
CREATE INDEX "Report_mergedIntoId_idx" ON "Report"("mergedIntoId");
