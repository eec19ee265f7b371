import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedPostgres } from "../../../lib/db/embedded-postgres";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function count(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query("SELECT count(*)::int AS n FROM marks");
    return result.rows[0].n;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  // mkdtemp makes a mode-700 folder: as root, PostgreSQL's own user cannot reach it.
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-embedded-"));
  const started: EmbeddedPostgres[] = [];
  afterAll(async () => {
    for (const cluster of started.reverse()) {
      await cluster.stop().catch(() => undefined);
      // As root the cluster was placed outside the mode-700 folder: clean it up too.
      if (cluster.dataDir.startsWith("/var/lib/vigie/cluster-")) fs.rmSync(path.dirname(cluster.dataDir), { recursive: true, force: true });
    }
    fs.rmSync(parent, { recursive: true, force: true });
  });

  it("starts in a mode-700 folder, keeps data, and recovers when the app died without stopping it", async () => {
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir: path.join(parent, "pgdata"), port });
    started.push(first);
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query("CREATE TABLE marks (id int)");
    await client.query("INSERT INTO marks VALUES (1), (2)");
    await client.end();

    // Like a SIGKILLed app: PostgreSQL is still running and holds its lock file.
    expect(fs.existsSync(path.join(first.dataDir, "postmaster.pid"))).toBe(true);
    const second = await startEmbeddedPostgres({ dataDir: path.join(parent, "pgdata"), port });
    started.push(second);
    expect(await count(second.url)).toBe(2);
  });

  it("says the port is taken instead of failing obscurely", async () => {
    const port = await freePort();
    const blocker = net.createServer().listen(port, "127.0.0.1");
    await new Promise((resolve) => blocker.once("listening", resolve));
    try {
      await expect(startEmbeddedPostgres({ dataDir: path.join(parent, "other"), port })).rejects.toThrow(/Port \d+ is already in use/);
    } finally {
      blocker.close();
    }
  });

  it("refuses a folder that holds something else", async () => {
    const dir = path.join(parent, "not-a-cluster");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "notes.txt"), "hello");
    const error = await startEmbeddedPostgres({ dataDir: dir, port: await freePort() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbeddedPostgresError);
  });

  it("says when the folder cannot be written", async () => {
    const file = path.join(parent, "a-file");
    fs.writeFileSync(file, "x");
    await expect(startEmbeddedPostgres({ dataDir: path.join(file, "pgdata"), port: await freePort() })).rejects.toThrow(/database folder/);
  });
});
