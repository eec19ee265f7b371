import pg from "pg";

/**
 * A plain node-pg pool for the few bulk paths (ingestion) where Prisma's
 * per-row overhead matters. Same database as db(); cached on globalThis for the
 * same reason (the server and Next's bundle share one process).
 */
const holder = globalThis as unknown as { __vigiePgPool?: pg.Pool };

export function pgPool(): pg.Pool {
  if (!holder.__vigiePgPool) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    holder.__vigiePgPool = new pg.Pool({ connectionString, max: 4 });
  }
  return holder.__vigiePgPool;
}

export async function closePgPool(): Promise<void> {
  await holder.__vigiePgPool?.end();
  holder.__vigiePgPool = undefined;
}
