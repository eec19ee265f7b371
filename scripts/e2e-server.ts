/**
 * The server Playwright tests run against: the real custom server (server.ts,
 * built once) on a fresh database of the test cluster, seeded with the demo data.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";

const root = path.resolve(__dirname, "..");
const port = process.env.E2E_PORT ?? "3100";

async function main(): Promise<void> {
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(root, ".vigie", "e2e", "pgdata"),
    port: Number(process.env.VIGIE_E2E_PG_PORT ?? 54349),
    database: "postgres",
  });
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS vigie_e2e WITH (FORCE)`);
  await admin.query(`CREATE DATABASE vigie_e2e`);
  await admin.end();
  const url = new URL(cluster.url);
  url.pathname = "/vigie_e2e";
  // End-to-end tests seed extra rows (another prefecture, an observer) straight into this database.
  fs.writeFileSync(path.join(root, ".vigie", "e2e", "database-url"), url.toString(), { mode: 0o600 });

  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "server.ts")], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: url.toString(),
      VIGIE_DEMO: "1",
      PORT: port,
      AUTH_SECRET: "e2e-secret-not-for-production-000000",
      NEXT_TELEMETRY_DISABLED: "1",
      // The fake networks the tests run listen on 127.0.0.1.
      VIGIE_ALLOW_PRIVATE_NETWORK: "1",
    },
  });
  const stop = async () => {
    child.kill("SIGTERM");
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  child.on("exit", async (code) => {
    await cluster.stop().catch(() => undefined);
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  console.error(`e2e server cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
