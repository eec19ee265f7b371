import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations } from "./migrate";

export type PreparedDatabase = { url: string; embedded: EmbeddedPostgres | null; applied: string[] };

/**
 * Uses DATABASE_URL when set (and starts nothing); otherwise starts the
 * embedded PostgreSQL under `dataDir`. Then applies pending migrations.
 */
export async function prepareDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  pgPort: number;
  projectRoot: string;
  log?: (line: string) => void;
}): Promise<PreparedDatabase> {
  const embedded = options.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: path.join(options.dataDir, "pgdata"), port: options.pgPort, log: options.log });
  const url = options.databaseUrl ?? embedded!.url;
  try {
    const { applied } = await applyMigrations(url, path.join(options.projectRoot, "prisma", "migrations"));
    return { url, embedded, applied };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
