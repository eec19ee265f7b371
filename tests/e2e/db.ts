import fs from "node:fs";
import path from "node:path";
import bcrypt from "bcryptjs";
import pg from "pg";

/** Seeds rows straight into the e2e server's database (the way the server itself stores them). */
export async function withDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = fs.readFileSync(path.resolve(__dirname, "../../.vigie/e2e/database-url"), "utf8").trim();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function seedUser(options: { email: string; name: string; role: string; organization: { name: string; type: string }; password: string }): Promise<string> {
  const hash = await bcrypt.hash(options.password, 4);
  return withDb(async (client) => {
    const org = await client.query(
      `INSERT INTO "Organization" (id, name, type, "updatedAt") VALUES (gen_random_uuid(), $1, $2, now())
       ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [options.organization.name, options.organization.type],
    );
    const user = await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "organizationId", "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, now())
       ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [options.email, options.name, hash, options.role, org.rows[0].id],
    );
    return user.rows[0].id as string;
  });
}
