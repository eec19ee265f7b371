-- AlterTable
ALTER TABLE "Activation" ADD COLUMN     "blurMedia" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "MediaFile" (
    "id" UUID NOT NULL,
    "activationId" UUID NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "thumbnail" BYTEA NOT NULL,
    "blurred" BYTEA NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "exif" JSONB,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediaFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MediaFile_activationId_idx" ON "MediaFile"("activationId");

-- AddForeignKey
ALTER TABLE "MediaFile" ADD CONSTRAINT "MediaFile_activationId_fkey" FOREIGN KEY ("activationId") REFERENCES "Activation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
