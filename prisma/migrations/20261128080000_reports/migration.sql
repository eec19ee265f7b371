-- Reports ("remontées"), their posts, evidence, and the two-person rule's reviews.
CREATE TYPE "ReportStatus" AS ENUM ('NEW', 'IN_VERIFICATION', 'CONFIRMED', 'FALSE', 'UNCONFIRMABLE');
CREATE TYPE "ReportCurrency" AS ENUM ('CURRENT', 'RESOLVED', 'OUTDATED');
CREATE TYPE "EvidenceKind" AS ENUM ('LINK', 'NOTE', 'CORROBORATING_POST', 'GEOLOCATION', 'OFFICIAL_CONFIRMATION', 'REVERSE_IMAGE');

CREATE TABLE "Report" (
    "id" UUID NOT NULL,
    "activationId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "category" TEXT NOT NULL,
    "severity" INTEGER NOT NULL,
    "lat" DOUBLE PRECISION,
    "lon" DOUBLE PRECISION,
    "precision" TEXT,
    "placeName" TEXT,
    "observedAt" TIMESTAMPTZ(3) NOT NULL,
    "tags" TEXT[],
    "status" "ReportStatus" NOT NULL DEFAULT 'NEW',
    "currency" "ReportCurrency" NOT NULL DEFAULT 'CURRENT',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "escalated" BOOLEAN NOT NULL DEFAULT false,
    "checklist" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Report_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Report_severity_check" CHECK ("severity" BETWEEN 1 AND 4)
);
CREATE INDEX "Report_activationId_createdAt_idx" ON "Report"("activationId", "createdAt");
CREATE INDEX "Report_activationId_category_observedAt_idx" ON "Report"("activationId", "category", "observedAt");
ALTER TABLE "Report" ADD CONSTRAINT "Report_activationId_fkey" FOREIGN KEY ("activationId") REFERENCES "Activation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Report" ADD CONSTRAINT "Report_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "ReportPost" (
    "reportId" UUID NOT NULL,
    "postId" BIGINT NOT NULL,
    "addedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReportPost_pkey" PRIMARY KEY ("reportId", "postId")
);
CREATE INDEX "ReportPost_postId_idx" ON "ReportPost"("postId");
ALTER TABLE "ReportPost" ADD CONSTRAINT "ReportPost_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ReportPost" ADD CONSTRAINT "ReportPost_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "Evidence" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "postId" BIGINT,
    "authorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Evidence_reportId_createdAt_idx" ON "Evidence"("reportId", "createdAt");
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "ReportReview" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "requestedStatus" "ReportStatus" NOT NULL,
    "requestedById" UUID,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "decision" TEXT,
    "reason" TEXT,
    CONSTRAINT "ReportReview_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ReportReview_reportId_requestedAt_idx" ON "ReportReview"("reportId", "requestedAt");
ALTER TABLE "ReportReview" ADD CONSTRAINT "ReportReview_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ReportReview" ADD CONSTRAINT "ReportReview_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ReportReview" ADD CONSTRAINT "ReportReview_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
