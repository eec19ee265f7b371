-- AlterTable
ALTER TABLE "Activation" ADD COLUMN     "activatedAt" TIMESTAMPTZ(3),
ADD COLUMN     "archivedAt" TIMESTAMPTZ(3),
ADD COLUMN     "authorityAccessUntil" TIMESTAMPTZ(3),
ADD COLUMN     "authorityGraceDays" INTEGER NOT NULL DEFAULT 7,
ADD COLUMN     "closedAt" TIMESTAMPTZ(3),
ADD COLUMN     "departements" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "exclusions" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "expectedDurationHours" INTEGER,
ADD COLUMN     "hashtags" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "publicMapAllowed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "purgedAt" TIMESTAMPTZ(3),
ADD COLUMN     "reportCategories" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "retentionDays" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'Europe/Paris';

-- CreateTable
CREATE TABLE "ActivationStatusChange" (
    "id" BIGSERIAL NOT NULL,
    "activationId" UUID NOT NULL,
    "fromStatus" "ActivationStatus" NOT NULL,
    "toStatus" "ActivationStatus" NOT NULL,
    "actorId" UUID,
    "reason" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivationStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HazardTemplate" (
    "hazard" TEXT NOT NULL,
    "keywordsFr" TEXT[],
    "keywordsEn" TEXT[],
    "hashtags" TEXT[],
    "exclusionsFr" TEXT[],
    "exclusionsEn" TEXT[],
    "languages" TEXT[],
    "reportCategories" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "HazardTemplate_pkey" PRIMARY KEY ("hazard")
);

-- CreateTable
CREATE TABLE "Shift" (
    "id" UUID NOT NULL,
    "activationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Shift_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandoverNote" (
    "id" UUID NOT NULL,
    "activationId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HandoverNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthorityGrant" (
    "id" UUID NOT NULL,
    "activationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "grantedById" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT,
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthorityGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetentionRun" (
    "id" BIGSERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "activationId" UUID,
    "actorId" UUID,
    "results" JSONB NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RetentionRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Activation_status_idx" ON "Activation"("status");

-- CreateIndex
CREATE INDEX "ActivationStatusChange_activationId_at_idx" ON "ActivationStatusChange"("activationId", "at");

-- CreateIndex
CREATE INDEX "Shift_activationId_startsAt_idx" ON "Shift"("activationId", "startsAt");

-- CreateIndex
CREATE INDEX "Shift_userId_startsAt_idx" ON "Shift"("userId", "startsAt");

-- CreateIndex
CREATE INDEX "HandoverNote_activationId_createdAt_idx" ON "HandoverNote"("activationId", "createdAt");

-- CreateIndex
CREATE INDEX "AuthorityGrant_userId_endsAt_idx" ON "AuthorityGrant"("userId", "endsAt");

-- CreateIndex
CREATE INDEX "AuthorityGrant_activationId_idx" ON "AuthorityGrant"("activationId");

-- CreateIndex
CREATE INDEX "RetentionRun_at_idx" ON "RetentionRun"("at");

-- AddForeignKey
ALTER TABLE "ActivationStatusChange" ADD CONSTRAINT "ActivationStatusChange_activationId_fkey" FOREIGN KEY ("activationId") REFERENCES "Activation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivationStatusChange" ADD CONSTRAINT "ActivationStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shift" ADD CONSTRAINT "Shift_activationId_fkey" FOREIGN KEY ("activationId") REFERENCES "Activation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shift" ADD CONSTRAINT "Shift_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandoverNote" ADD CONSTRAINT "HandoverNote_activationId_fkey" FOREIGN KEY ("activationId") REFERENCES "Activation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandoverNote" ADD CONSTRAINT "HandoverNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorityGrant" ADD CONSTRAINT "AuthorityGrant_activationId_fkey" FOREIGN KEY ("activationId") REFERENCES "Activation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorityGrant" ADD CONSTRAINT "AuthorityGrant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
