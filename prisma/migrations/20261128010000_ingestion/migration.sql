-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('WEBHOOK', 'FILE_IMPORT', 'MANUAL', 'REPLAY');

-- CreateEnum
CREATE TYPE "SourceStatus" AS ENUM ('IDLE', 'RUNNING', 'PAUSED', 'ERROR');

-- CreateTable
CREATE TABLE "Source" (
    "id" UUID NOT NULL,
    "activationId" UUID NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "name" TEXT NOT NULL,
    "config" JSONB NOT NULL DEFAULT '{}',
    "secret" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "cursor" TEXT,
    "status" "SourceStatus" NOT NULL DEFAULT 'IDLE',
    "lastItemAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "lastErrorAt" TIMESTAMPTZ(3),
    "reconnects" INTEGER NOT NULL DEFAULT 0,
    "itemsTotal" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" BIGSERIAL NOT NULL,
    "activationId" UUID NOT NULL,
    "sourceId" UUID,
    "network" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "url" TEXT,
    "authorId" TEXT,
    "authorHandle" TEXT,
    "authorName" TEXT,
    "text" TEXT NOT NULL,
    "lang" TEXT,
    "postedAt" TIMESTAMPTZ(3) NOT NULL,
    "ingestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "media" JSONB NOT NULL DEFAULT '[]',
    "geoLat" DOUBLE PRECISION,
    "geoLon" DOUBLE PRECISION,
    "repostOf" TEXT,
    "quoteOf" TEXT,
    "replyTo" TEXT,
    "raw" JSON,
    "contentHash" TEXT NOT NULL,
    "deletedAt" TIMESTAMPTZ(3),
    "editedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostEdit" (
    "id" BIGSERIAL NOT NULL,
    "postId" BIGINT NOT NULL,
    "text" TEXT NOT NULL,
    "editedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostEdit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeadLetter" (
    "id" BIGSERIAL NOT NULL,
    "activationId" UUID NOT NULL,
    "sourceId" UUID,
    "payload" JSON NOT NULL,
    "reason" TEXT NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),

    CONSTRAINT "DeadLetter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Source_activationId_idx" ON "Source"("activationId");

-- CreateIndex
CREATE INDEX "Post_activationId_id_idx" ON "Post"("activationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Post_activationId_network_externalId_key" ON "Post"("activationId", "network", "externalId");

-- CreateIndex
CREATE INDEX "PostEdit_postId_idx" ON "PostEdit"("postId");

-- CreateIndex
CREATE INDEX "DeadLetter_activationId_receivedAt_idx" ON "DeadLetter"("activationId", "receivedAt");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_activationId_fkey" FOREIGN KEY ("activationId") REFERENCES "Activation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_activationId_fkey" FOREIGN KEY ("activationId") REFERENCES "Activation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostEdit" ADD CONSTRAINT "PostEdit_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadLetter" ADD CONSTRAINT "DeadLetter_activationId_fkey" FOREIGN KEY ("activationId") REFERENCES "Activation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadLetter" ADD CONSTRAINT "DeadLetter_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
