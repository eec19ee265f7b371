/**
 * Vigie's one process: Next.js pages and Socket.IO on one HTTP port, on the
 * embedded PostgreSQL unless DATABASE_URL points elsewhere.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { loadEnvConfig } from "@next/env";

// server.ts sits at the project root (run by tsx as CommonJS).
const projectRoot = __dirname;
const dev = process.argv.includes("--dev");
loadEnvConfig(projectRoot, dev);
(process.env as Record<string, string>).NODE_ENV ??= dev ? "development" : "production";

async function main(): Promise<void> {
  const { readEnv } = await import("./lib/env");
  const { CLIENT_IP_HEADER, clientIpOf } = await import("./lib/auth/client-ip");
  const { prepareDatabase } = await import("./lib/db/prepare-database");
  const env = readEnv();

  process.env.AUTH_SECRET = resolveAuthSecret(env.AUTH_SECRET, env.demo, env.dataDir);
  const database = await prepareDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.dataDir,
    pgPort: env.VIGIE_PG_PORT,
    projectRoot,
    log: (line) => console.log(`[db] ${line}`),
  });
  process.env.DATABASE_URL = database.url;
  // Pin the mode decided above: DATABASE_URL is now always set, which would otherwise read as "not demo".
  process.env.VIGIE_DEMO = env.demo ? "1" : "0";
  if (database.applied.length) console.log(`[db] applied migrations: ${database.applied.join(", ")}`);
  console.log(`[db] ${database.embedded ? `embedded PostgreSQL in ${database.embedded.dataDir}` : "PostgreSQL from DATABASE_URL"}`);

  const { ensureHazardTemplates } = await import("./lib/activation/hazard-templates");
  await ensureHazardTemplates();
  await (await import("./lib/relay/library/ensure-relay-library")).ensureRelayLibrary();
  await prepareAccounts(env);

  const { default: next } = await import("next");
  const app = next({ dev, dir: projectRoot, hostname: "localhost", port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const trustProxy = env.VIGIE_TRUST_PROXY === "1";

  const httpServer = createServer((req, res) => {
    req.headers[CLIENT_IP_HEADER] = clientIpOf(req.headers["x-forwarded-for"], req.socket.remoteAddress, trustProxy);
    void handle(req, res);
  });
  if (dev) {
    const upgrade = app.getUpgradeHandler();
    httpServer.on("upgrade", (req, socket, head) => {
      if (!req.url?.startsWith("/socket.io")) void upgrade(req, socket, head);
    });
  }
  const { createSocketServer } = await import("./lib/realtime/socket-server");
  const io = createSocketServer(httpServer, { secret: process.env.AUTH_SECRET! });
  (await import("./lib/public-map/public-namespace")).attachPublicNamespace(io, { trustProxy });
  const { startRetentionSchedule } = await import("./lib/retention/retention-schedule");
  const stopRetention = startRetentionSchedule();
  (await import("./lib/escalation/renotify-schedule")).startEscalationRenotify();
  // Enrichment and publication listen before ingestion starts, so no stored or deleted post goes unnoticed.
  const stopAutoUnpublish = (await import("./lib/publish/auto-unpublish")).startAutoUnpublish();
  const { startEnrichment } = await import("./lib/enrich/enrichment-service");
  const stopEnrichment = startEnrichment();
  // Before any source or relay account is dialled: addresses typed by users may not reach the private network.
  if (env.VIGIE_ALLOW_PRIVATE_NETWORK !== "1") (await import("./lib/outbound/guard-outbound-connections")).guardOutboundConnections();
  const { startIngestion } = await import("./lib/ingest/ingestion-service");
  const stopIngestion = await startIngestion();

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new Error(`Port ${env.PORT} is already in use: set PORT to a free port.`) : error),
    );
    httpServer.listen(env.PORT, env.VIGIE_HOST, () => resolve());
  });
  console.log(`Vigie ready on http://localhost:${env.PORT} (${dev ? "development" : "production"})`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping Vigie`);
    // Never hang on the way out (a database gone away, a stuck socket): exit anyway after 10 s.
    setTimeout(() => process.exit(1), 10_000).unref();
    stopRetention();
    await stopIngestion().catch(() => undefined);
    stopEnrichment();
    stopAutoUnpublish();
    io.close();
    httpServer.close();
    // Escalation e-mails already handed to SMTP finish going out (bounded by the 10 s above).
    await (await import("./lib/escalation/deliver-escalation-emails")).escalationEmailsSettled().catch(() => undefined);
    const { disconnectDb } = await import("./lib/db/client");
    const { closePgPool } = await import("./lib/db/pg-pool");
    await disconnectDb().catch(() => undefined);
    await closePgPool().catch(() => undefined);
    await database.embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

/** In demo mode a secret is made once and kept beside the data; otherwise AUTH_SECRET is required. */
function resolveAuthSecret(configured: string | undefined, demo: boolean, dataDir: string): string {
  if (configured) return configured;
  if (!demo) throw new Error("AUTH_SECRET is not set: generate one with `openssl rand -base64 32` and put it in .env");
  const file = path.join(dataDir, "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

async function prepareAccounts(env: import("./lib/env").Env): Promise<void> {
  if (env.demo) {
    const { seedDemo } = await import("./lib/demo/seed-demo");
    const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import("./lib/demo/demo-accounts");
    const { seeded } = await seedDemo();
    console.log(`[demo] ${seeded ? "demo data seeded" : "demo data present"}; logins (password "${DEMO_PASSWORD}"):`);
    for (const account of DEMO_ACCOUNTS) console.log(`[demo]   ${account.role.padEnd(11)} ${account.email}`);
    return;
  }
  const { ensureFirstAdmin } = await import("./lib/accounts/ensure-first-admin");
  const outcome = await ensureFirstAdmin({ email: env.VIGIE_ADMIN_EMAIL, password: env.VIGIE_ADMIN_PASSWORD, name: env.VIGIE_ADMIN_NAME });
  if (outcome === "created") console.log(`[accounts] first admin ${env.VIGIE_ADMIN_EMAIL} created`);
  if (outcome === "missing") console.warn("[accounts] no admin account: set VIGIE_ADMIN_EMAIL and VIGIE_ADMIN_PASSWORD and restart");
}

main().catch((error: unknown) => {
  console.error(`Vigie cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
