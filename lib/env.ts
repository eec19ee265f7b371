import path from "node:path";
import { z } from "zod";

/** Validated process environment; read once per process, after .env is loaded. */
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  AUTH_SECRET: z.string().min(16).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Not HOSTNAME: shells and containers export that one with the machine name.
  VIGIE_HOST: z.string().default("0.0.0.0"),
  VIGIE_DEMO: z.enum(["0", "1"]).optional(),
  VIGIE_DATA_DIR: z.string().default(".vigie"),
  VIGIE_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  VIGIE_ADMIN_EMAIL: z.string().email().optional(),
  VIGIE_ADMIN_PASSWORD: z.string().min(12).optional(),
  VIGIE_ADMIN_NAME: z.string().default("Administrateur"),
  VIGIE_TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  VIGIE_ALLOW_PRIVATE_NETWORK: z.enum(["0", "1"]).default("0"),
});

export type Env = z.infer<typeof envSchema> & { demo: boolean; dataDir: string };

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  // Demo data is on by default with the embedded database, off with your own unless asked for.
  const demo = env.VIGIE_DEMO ? env.VIGIE_DEMO === "1" : !env.DATABASE_URL;
  return { ...env, demo, dataDir: path.resolve(env.VIGIE_DATA_DIR) };
}
