import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { applyMigrations } from "../../lib/db/migrate";

/** A fresh database on the embedded PostgreSQL (or BENCH_DATABASE_URL's server) for one benchmark run. */
export async function benchDatabase(name: string): Promise<{ url: string; cluster: EmbeddedPostgres | null }> {
  const root = path.resolve(__dirname, "../..");
  let adminUrl = process.env.BENCH_DATABASE_URL;
  let cluster: EmbeddedPostgres | null = null;
  if (!adminUrl) {
    cluster = await startEmbeddedPostgres({ dataDir: path.join(root, ".vigie", "bench", "pgdata"), port: Number(process.env.VIGIE_BENCH_PG_PORT ?? 54359), database: "postgres" });
    adminUrl = cluster.url;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString(), path.join(root, "prisma", "migrations"));
  return { url: url.toString(), cluster };
}
