-- Rumour tracker: claims under watch, with their posts and reports.
CREATE TYPE "RumourStatus" AS ENUM ('UNDER_WATCH', 'DEBUNKED', 'CONFIRMED');

CREATE TABLE "Rumour" (
    "id" UUID NOT NULL,
    "activationId" UUID NOT NULL,
    "claim" TEXT NOT NULL,
    "status" "RumourStatus" NOT NULL DEFAULT 'UNDER_WATCH',
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Rumour_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Rumour_activationId_createdAt_idx" ON "Rumour"("activationId", "createdAt");
ALTER TABLE "Rumour" ADD CONSTRAINT "Rumour_activationId_fkey" FOREIGN KEY ("activationId") REFERENCES "Activation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Rumour" ADD CONSTRAINT "Rumour_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "RumourPost" (
    "rumourId" UUID NOT NULL,
    "postId" BIGINT NOT NULL,
    "addedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RumourPost_pkey" PRIMARY KEY ("rumourId", "postId")
);
CREATE INDEX "RumourPost_postId_idx" ON "RumourPost"("postId");
ALTER TABLE "RumourPost" ADD CONSTRAINT "RumourPost_rumourId_fkey" FOREIGN KEY ("rumourId") REFERENCES "Rumour"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RumourPost" ADD CONSTRAINT "RumourPost_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "RumourReport" (
    "rumourId" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    CONSTRAINT "RumourReport_pkey" PRIMARY KEY ("rumourId", "reportId")
);
CREATE INDEX "RumourReport_reportId_idx" ON "RumourReport"("reportId");
ALTER TABLE "RumourReport" ADD CONSTRAINT "RumourReport_rumourId_fkey" FOREIGN KEY ("rumourId") REFERENCES "Rumour"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RumourReport" ADD CONSTRAINT "RumourReport_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
