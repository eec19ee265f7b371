import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

/**
 * The one PrismaClient of the process, cached on globalThis: the custom server
 * (loaded by tsx) and Next's bundled code are separate module graphs in the
 * same process and must share one connection pool. Created lazily so that
 * `next build` never needs a database.
 */
const holder = globalThis as unknown as { __vigiePrisma?: PrismaClient };

export function db(): PrismaClient {
  if (!holder.__vigiePrisma) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set: the server sets it before handling requests.");
    // Sized for tens of volunteers acting at once (VIGIE_DB_POOL_MAX); PostgreSQL allows 100 by default.
    holder.__vigiePrisma = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: Number(process.env.VIGIE_DB_POOL_MAX ?? 20) }) });
  }
  return holder.__vigiePrisma;
}

export async function disconnectDb(): Promise<void> {
  await holder.__vigiePrisma?.$disconnect();
  holder.__vigiePrisma = undefined;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
