-- Collaborative map, crisis dashboard and relay: drawn features, publication fields,
-- escalations, the event log's manual entries, situation reports, relay messages and the solidarity board.

ALTER TABLE "Activation"
    ADD COLUMN "publicPrecision" TEXT NOT NULL DEFAULT 'grid',
    ADD COLUMN "publicGridMeters" INTEGER NOT NULL DEFAULT 1000,
    ADD COLUMN "mapTileUrl" TEXT,
    ADD COLUMN "mapTileAttribution" TEXT,
    ADD COLUMN "mapOfflineOnly" BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN "onDutyEmails" TEXT[] DEFAULT ARRAY[]::TEXT[],
    ADD COLUMN "escalationRenotifyMinutes" INTEGER NOT NULL DEFAULT 10,
    ADD COLUMN "relayNeedsAuthorityApproval" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "Report"
    ADD COLUMN "publicTitle" TEXT,
    ADD COLUMN "publicSummary" TEXT,
    ADD COLUMN "publishedAt" TIMESTAMPTZ(3),
    ADD COLUMN "publishedById" UUID;
-- Map queries read reports by place within an activation.
CREATE INDEX "Report_map_idx" ON "Report"("activationId", "lat", "lon") WHERE "lat" IS NOT NULL AND "mergedIntoId" IS NULL;
CREATE INDEX "Report_published_idx" ON "Report"("activationId") WHERE "published";

CREATE TYPE "MapFeatureKind" AS ENUM ('FLOODED_AREA', 'CLOSED_ROAD', 'LANDSLIDE', 'FIRE_FRONT', 'SHELTER', 'EVACUATION_ZONE', 'WATER_POINT', 'OTHER');

CREATE TABLE "MapFeature" (
    "id" UUID NOT NULL,
    "activationId" UUID NOT NULL,
    "kind" "MapFeatureKind" NOT NULL,
    "geometry" JSONB NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "minLat" DOUBLE PRECISION NOT NULL,
    "minLon" DOUBLE PRECISION NOT NULL,
    "maxLat" DOUBLE PRECISION NOT NULL,
    "maxLon" DOUBLE PRECISION NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "publicLabel" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "deletedAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "MapFeature_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "MapFeature_activationId_updatedAt_idx" ON "MapFeature"("activationId", "updatedAt");
ALTER TABLE "MapFeature" ADD CONSTRAINT "MapFeature_activationId_fkey" FOREIGN KEY ("activationId") REFERENCES "Activation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MapFeature" ADD CONSTRAINT "MapFeature_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TYPE "EscalationStatus" AS ENUM ('OPEN', 'ACKNOWLEDGED');

CREATE TABLE "Escalation" (
    "id" UUID NOT NULL,
    "activationId" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "status" "EscalationStatus" NOT NULL DEFAULT 'OPEN',
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedById" UUID,
    "acknowledgedByName" TEXT,
    "acknowledgedAt" TIMESTAMPTZ(3),
    "answer" TEXT,
    "lastNotifiedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "notifyCount" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Escalation_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Escalation_activationId_status_createdAt_idx" ON "Escalation"("activationId", "status", "createdAt");
CREATE INDEX "Escalation_reportId_idx" ON "Escalation"("reportId");
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_activationId_fkey" FOREIGN KEY ("activationId") REFERENCES "Activation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "EventLogEntry" (
    "id" BIGSERIAL NOT NULL,
    "activationId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "text" TEXT NOT NULL,
    "authorId" UUID,
    "authorName" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "EventLogEntry_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "EventLogEntry_activationId_at_idx" ON "EventLogEntry"("activationId", "at");
ALTER TABLE "EventLogEntry" ADD CONSTRAINT "EventLogEntry_activationId_fkey" FOREIGN KEY ("activationId") REFERENCES "Activation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EventLogEntry" ADD CONSTRAINT "EventLogEntry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "SituationReport" (
    "id" UUID NOT NULL,
    "activationId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "asOf" TIMESTAMPTZ(3) NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "data" JSONB NOT NULL,
    "authorId" UUID,
    "authorName" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "SituationReport_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "SituationReport_activationId_number_key" ON "SituationReport"("activationId", "number");
ALTER TABLE "SituationReport" ADD CONSTRAINT "SituationReport_activationId_fkey" FOREIGN KEY ("activationId") REFERENCES "Activation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SituationReport" ADD CONSTRAINT "SituationReport_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TYPE "RelayKind" AS ENUM ('SAFETY', 'REBUTTAL', 'SOLIDARITY', 'INITIATIVE');
CREATE TYPE "RelayStatus" AS ENUM ('DRAFT', 'APPROVED', 'PUBLISHED', 'WITHDRAWN');

CREATE TABLE "RelayTemplate" (
    "id" UUID NOT NULL,
    "key" TEXT,
    "hazard" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sourceName" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "hashtags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "authorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "RelayTemplate_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "RelayTemplate_key_key" ON "RelayTemplate"("key");
CREATE INDEX "RelayTemplate_hazard_idx" ON "RelayTemplate"("hazard");
ALTER TABLE "RelayTemplate" ADD CONSTRAINT "RelayTemplate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TYPE "SolidaritySide" AS ENUM ('NEED', 'OFFER');
CREATE TYPE "SolidarityType" AS ENUM ('SHELTER', 'TRANSPORT', 'FOOD', 'WATER', 'EQUIPMENT', 'VOLUNTEERS', 'DONATIONS', 'ANIMAL_CARE', 'OTHER');
CREATE TYPE "SolidarityStatus" AS ENUM ('OPEN', 'MATCHED', 'CLOSED');

CREATE TABLE "SolidarityItem" (
    "id" UUID NOT NULL,
    "activationId" UUID NOT NULL,
    "side" "SolidaritySide" NOT NULL,
    "type" "SolidarityType" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "insee" TEXT,
    "placeName" TEXT,
    "lat" DOUBLE PRECISION,
    "lon" DOUBLE PRECISION,
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "status" "SolidarityStatus" NOT NULL DEFAULT 'OPEN',
    "contact" TEXT,
    "showOnPublicMap" BOOLEAN NOT NULL DEFAULT false,
    "postId" BIGINT,
    "reportId" UUID,
    "matchedWithId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "SolidarityItem_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "SolidarityItem_activationId_status_type_idx" ON "SolidarityItem"("activationId", "status", "type");
ALTER TABLE "SolidarityItem" ADD CONSTRAINT "SolidarityItem_activationId_fkey" FOREIGN KEY ("activationId") REFERENCES "Activation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SolidarityItem" ADD CONSTRAINT "SolidarityItem_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "RelayMessage" (
    "id" UUID NOT NULL,
    "activationId" UUID NOT NULL,
    "kind" "RelayKind" NOT NULL,
    "status" "RelayStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "hashtags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "imageMediaId" UUID,
    "imageAlt" TEXT,
    "templateId" UUID,
    "rumourId" UUID,
    "reportId" UUID,
    "solidarityItemId" UUID,
    "showOnPublicMap" BOOLEAN NOT NULL DEFAULT true,
    "approvedById" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "authorityApprovedById" UUID,
    "authorityApprovedAt" TIMESTAMPTZ(3),
    "publishedAt" TIMESTAMPTZ(3),
    "withdrawnAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "RelayMessage_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "RelayMessage_activationId_status_idx" ON "RelayMessage"("activationId", "status");
ALTER TABLE "RelayMessage" ADD CONSTRAINT "RelayMessage_activationId_fkey" FOREIGN KEY ("activationId") REFERENCES "Activation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RelayMessage" ADD CONSTRAINT "RelayMessage_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "RelayTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "RelayMessage" ADD CONSTRAINT "RelayMessage_rumourId_fkey" FOREIGN KEY ("rumourId") REFERENCES "Rumour"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "RelayMessage" ADD CONSTRAINT "RelayMessage_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "RelayMessage" ADD CONSTRAINT "RelayMessage_solidarityItemId_fkey" FOREIGN KEY ("solidarityItemId") REFERENCES "SolidarityItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "RelayMessage" ADD CONSTRAINT "RelayMessage_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "RelayPublication" (
    "id" UUID NOT NULL,
    "messageId" UUID NOT NULL,
    "network" TEXT NOT NULL,
    "url" TEXT,
    "remoteId" TEXT,
    "publishedById" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "error" TEXT,
    CONSTRAINT "RelayPublication_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "RelayPublication_messageId_at_idx" ON "RelayPublication"("messageId", "at");
ALTER TABLE "RelayPublication" ADD CONSTRAINT "RelayPublication_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "RelayMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RelayPublication" ADD CONSTRAINT "RelayPublication_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "RelayAccount" (
    "id" UUID NOT NULL,
    "activationId" UUID NOT NULL,
    "network" TEXT NOT NULL,
    "baseUrl" TEXT NOT NULL,
    "handle" TEXT NOT NULL DEFAULT '',
    "secret" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "RelayAccount_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "RelayAccount_activationId_network_key" ON "RelayAccount"("activationId", "network");
ALTER TABLE "RelayAccount" ADD CONSTRAINT "RelayAccount_activationId_fkey" FOREIGN KEY ("activationId") REFERENCES "Activation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
