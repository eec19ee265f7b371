import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, readMigrationFiles } from "../../../lib/db/migrate";
import { recreateDatabase } from "../helpers/global-setup";

const migrationsDir = path.resolve(import.meta.dirname, "../../../prisma/migrations");

describe("offline migrations", () => {
  let url: string;
  const clients: pg.Client[] = [];
  const connect = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    clients.push(client);
    return client;
  };
  afterAll(async () => Promise.all(clients.map((c) => c.end())));

  it("apply to an empty database and are recorded the way Prisma records them", async () => {
    url = await recreateDatabase(inject("adminDatabaseUrl"), "vigie_migrations_test");
    const first = await applyMigrations(url, migrationsDir);
    expect(first.applied).toEqual(readMigrationFiles(migrationsDir).map((m) => m.name));

    const client = await connect();
    const tables = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    expect(tables.rows.map((r) => r.tablename)).toEqual(
      expect.arrayContaining(["Organization", "User", "Activation", "ActivationMember", "AuditLog", "_prisma_migrations"]),
    );
    const recorded = await client.query(`SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations"`);
    for (const row of recorded.rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("apply nothing the second time", async () => {
    const second = await applyMigrations(url, migrationsDir);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBeGreaterThan(0);
  });

  it("refuse to run when an applied migration was edited", async () => {
    const client = await connect();
    await client.query(`UPDATE "_prisma_migrations" SET checksum = repeat('0', 64)`);
    await expect(applyMigrations(url, migrationsDir)).rejects.toThrow(/checksum mismatch/);
  });
});
