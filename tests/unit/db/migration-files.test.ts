import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readMigrationFiles } from "../../../lib/db/migrate";

const root = path.resolve(import.meta.dirname, "../../..");
const migrations = readMigrationFiles(path.join(root, "prisma", "migrations"));

describe("migration files", () => {
  it("are read in name order with Prisma's sha256 checksum", () => {
    expect(migrations.length).toBeGreaterThan(0);
    const names = migrations.map((m) => m.name);
    expect([...names].sort()).toEqual(names);
    for (const m of migrations) expect(m.checksum).toBe(createHash("sha256").update(m.sql).digest("hex"));
  });

  it("create a table for every model of the Prisma schema (hand-written SQL has not drifted)", () => {
    const schema = fs.readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8");
    const models = [...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);
    const sql = migrations.map((m) => m.sql).join("\n");
    for (const model of models) expect(sql, `table for model ${model}`).toContain(`CREATE TABLE "${model}"`);
    const enums = [...schema.matchAll(/^enum (\w+) \{/gm)].map((m) => m[1]);
    for (const name of enums) expect(sql, `type for enum ${name}`).toContain(`CREATE TYPE "${name}"`);
  });
});
