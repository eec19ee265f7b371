-- Understanding posts: what the model (or a volunteer) says of each post, and volunteers' corrections.
CREATE TYPE "InformationType" AS ENUM ('AFFECTED_PEOPLE', 'NEEDS', 'INFRASTRUCTURE', 'RESCUE_RESPONSE', 'CAUTION_ADVICE', 'SITUATION', 'DONATIONS_VOLUNTEERING', 'SYMPATHY', 'CRITICISM', 'OTHER_RELEVANT', 'NOT_RELEVANT');

CREATE TABLE "PostEnrichment" (
    "postId" BIGINT NOT NULL,
    "activationId" UUID NOT NULL,
    "lang" TEXT NOT NULL,
    "relevance" DOUBLE PRECISION NOT NULL,
    "category" "InformationType" NOT NULL,
    "categoryConfidence" DOUBLE PRECISION NOT NULL,
    "urgent" BOOLEAN NOT NULL,
    "urgency" DOUBLE PRECISION NOT NULL,
    "urgencyTriggers" TEXT[],
    "reportCategory" TEXT,
    "labelled" BOOLEAN NOT NULL DEFAULT false,
    "enrichedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PostEnrichment_pkey" PRIMARY KEY ("postId")
);
CREATE INDEX "PostEnrichment_activationId_urgent_postId_idx" ON "PostEnrichment"("activationId", "urgent", "postId");
ALTER TABLE "PostEnrichment" ADD CONSTRAINT "PostEnrichment_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "PostLabel" (
    "postId" BIGINT NOT NULL,
    "activationId" UUID NOT NULL,
    "userId" UUID,
    "relevant" BOOLEAN NOT NULL,
    "category" "InformationType",
    "urgent" BOOLEAN,
    "labelledAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PostLabel_pkey" PRIMARY KEY ("postId")
);
CREATE INDEX "PostLabel_activationId_labelledAt_idx" ON "PostLabel"("activationId", "labelledAt");
ALTER TABLE "PostLabel" ADD CONSTRAINT "PostLabel_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PostLabel" ADD CONSTRAINT "PostLabel_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
