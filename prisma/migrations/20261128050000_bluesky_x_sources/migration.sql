-- Bluesky (Jetstream and search) and X API v2 connectors.
ALTER TYPE "SourceKind" ADD VALUE IF NOT EXISTS 'BLUESKY';
ALTER TYPE "SourceKind" ADD VALUE IF NOT EXISTS 'X';
