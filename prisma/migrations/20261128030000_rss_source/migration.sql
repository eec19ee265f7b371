-- AlterEnum
ALTER TYPE "SourceKind" ADD VALUE 'RSS';
