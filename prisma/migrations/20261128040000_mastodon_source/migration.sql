-- AlterEnum
ALTER TYPE "SourceKind" ADD VALUE 'MASTODON';
