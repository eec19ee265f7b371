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

-- Live report tallies: how many reports (merged ones excluded) per activation, status,
-- category, severity and place name, kept by a trigger in the same transaction as every report
-- change. The live dashboard reads these few rows instead of scanning every report; a situation
-- report about a past moment still counts the reports themselves. Read by raw SQL only
-- (lib/dashboard/dashboard-queries.ts); no Prisma model.
CREATE TABLE "ReportTally" (
    "activationId" UUID NOT NULL,
    "status" "ReportStatus" NOT NULL,
    "category" TEXT NOT NULL,
    "severity" INTEGER NOT NULL,
    "placeName" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    CONSTRAINT "ReportTally_pkey" PRIMARY KEY ("activationId", "status", "category", "severity", "placeName"),
    CONSTRAINT "ReportTally_activationId_fkey" FOREIGN KEY ("activationId") REFERENCES "Activation"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE FUNCTION vigie_report_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."mergedIntoId" IS NULL THEN
    IF TG_OP = 'UPDATE' AND NEW."mergedIntoId" IS NULL AND NEW."activationId" = OLD."activationId" AND NEW."status" = OLD."status"
       AND NEW."category" = OLD."category" AND NEW."severity" = OLD."severity" AND COALESCE(NEW."placeName", '') = COALESCE(OLD."placeName", '') THEN
      RETURN NULL; -- nothing counted changed (the usual edit)
    END IF;
    UPDATE "ReportTally" SET "n" = "n" - 1
    WHERE "activationId" = OLD."activationId" AND "status" = OLD."status" AND "category" = OLD."category"
      AND "severity" = OLD."severity" AND "placeName" = COALESCE(OLD."placeName", '');
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."mergedIntoId" IS NULL THEN
    INSERT INTO "ReportTally" ("activationId", "status", "category", "severity", "placeName", "n")
    VALUES (NEW."activationId", NEW."status", NEW."category", NEW."severity", COALESCE(NEW."placeName", ''), 1)
    ON CONFLICT ("activationId", "status", "category", "severity", "placeName") DO UPDATE SET "n" = "ReportTally"."n" + 1;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Report_tally" AFTER INSERT OR UPDATE OR DELETE ON "Report" FOR EACH ROW EXECUTE FUNCTION vigie_report_tally();

-- Reports that exist already.
INSERT INTO "ReportTally" ("activationId", "status", "category", "severity", "placeName", "n")
SELECT "activationId", "status", "category", "severity", COALESCE("placeName", ''), count(*)::int
FROM "Report" WHERE "mergedIntoId" IS NULL GROUP BY 1, 2, 3, 4, 5;
