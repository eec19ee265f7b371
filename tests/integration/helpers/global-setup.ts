import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../../lib/db/embedded-postgres";
import { applyMigrations } from "../../../lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminDatabaseUrl: string;
  }
}

let cluster: EmbeddedPostgres | null = null;

/**
 * A real PostgreSQL for the integration tests: the embedded one in
 * .vigie/test (or TEST_DATABASE_URL's server), with a fresh database per run.
 */
export async function setup(project: TestProject): Promise<void> {
  const root = path.resolve(import.meta.dirname, "../../..");
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    cluster = await startEmbeddedPostgres({
      // Overridable so that two runs on one machine (parallel work) do not share a cluster.
      dataDir: path.resolve(root, process.env.VIGIE_TEST_PG_DIR ?? path.join(".vigie", "test", "pgdata")),
      port: Number(process.env.VIGIE_TEST_PG_PORT ?? 54339),
      database: "postgres",
    });
    adminUrl = cluster.url;
  }
  const databaseUrl = await recreateDatabase(adminUrl, "vigie_test");
  await applyMigrations(databaseUrl, path.join(root, "prisma", "migrations"));
  project.provide("databaseUrl", databaseUrl);
  project.provide("adminDatabaseUrl", adminUrl);
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
}

export async function recreateDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
