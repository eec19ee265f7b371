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
    // Ingestion needs few connections; "take next" under 50+ volunteers needs more (VIGIE_PG_POOL_MAX).
    holder.__vigiePgPool = new pg.Pool({ connectionString, max: Number(process.env.VIGIE_PG_POOL_MAX ?? 10) });
  }
  return holder.__vigiePgPool;
}

export async function closePgPool(): Promise<void> {
  await holder.__vigiePgPool?.end();
  holder.__vigiePgPool = undefined;
}
