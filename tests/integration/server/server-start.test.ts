import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const hasBuild = fs.existsSync(path.join(root, ".next", "BUILD_ID"));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

type Run = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function startServer(env: Record<string, string>): Run {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" };
  delete childEnv.DATABASE_URL; // the embedded default is what this file tests
  delete childEnv.AUTH_SECRET;
  delete childEnv.VIGIE_DEMO;
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], { cwd: root, env: childEnv });
  // Each chunk carries the seconds since spawn, so a slow start shows which step took the time.
  const spawnedAt = Date.now();
  let output = "";
  const keep = (chunk: Buffer) => (output += `[+${((Date.now() - spawnedAt) / 1000).toFixed(1)}s] ${chunk}`);
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

// Generous: a first start initialises a cluster, migrates and seeds while the unit suite shares the CPU.
async function waitFor(run: Run, text: string, timeoutMs = 180_000): Promise<void> {
  const started = Date.now();
  while (!run.output().includes(text)) {
    if (run.child.exitCode !== null) throw new Error(`server exited early:\n${run.output()}`);
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for "${text}":\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// Needs the production build (`npm test` builds before running the suites).
describe.skipIf(!hasBuild)("npm start on the embedded database", () => {
  // A mode-700 folder, like a clone made inside `mktemp -d`.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-start-"));
  const runs: Run[] = [];
  afterAll(async () => {
    for (const run of runs) if (run.child.exitCode === null) run.child.kill("SIGKILL");
    // Stop a PostgreSQL that a killed run left behind, by starting and stopping cleanly once more.
    const last = startServer({ VIGIE_DATA_DIR: dataDir, PORT: String(await freePort()), VIGIE_PG_PORT: pgPort });
    await waitFor(last, "Vigie ready").catch(() => undefined);
    last.child.kill("SIGTERM");
    await last.exited;
    // As root the cluster lives outside the mode-700 folder: remove wherever the server said it was.
    for (const run of [...runs, last]) {
      const placed = /embedded PostgreSQL in (\/var\/lib\/vigie\/cluster-[0-9a-f]+)\//.exec(run.output());
      if (placed) fs.rmSync(placed[1], { recursive: true, force: true });
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 240_000);
  let pgPort = "0";

  it("starts with demo data, survives SIGKILL, and stops its database on SIGTERM", async () => {
    pgPort = String(await freePort());
    const port = await freePort();
    const first = startServer({ VIGIE_DATA_DIR: dataDir, PORT: String(port), VIGIE_PG_PORT: pgPort });
    runs.push(first);
    await waitFor(first, "Vigie ready");
    expect(first.output()).toContain("demo data seeded");
    const login = await fetch(`http://localhost:${port}/login`);
    expect(login.status).toBe(200);
    const html = await login.text();
    expect(html).toContain("Connexion");
    expect(html).toContain("benevole1@vigie.demo");

    first.child.kill("SIGKILL"); // PostgreSQL is left running with its lock file
    await first.exited;

    const second = startServer({ VIGIE_DATA_DIR: dataDir, PORT: String(port), VIGIE_PG_PORT: pgPort });
    runs.push(second);
    await waitFor(second, "Vigie ready");
    expect(second.output()).toContain("demo data present"); // the data survived
    expect(await (await fetch(`http://localhost:${port}/api/health`)).json()).toEqual({ status: "ok" });

    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  }, 420_000);

  it("says why and exits non-zero when the database port is taken", async () => {
    const blocker = net.createServer();
    const taken = await freePort();
    await new Promise<void>((resolve) => blocker.listen(taken, "127.0.0.1", resolve));
    try {
      const run = startServer({ VIGIE_DATA_DIR: path.join(dataDir, "other"), PORT: String(await freePort()), VIGIE_PG_PORT: String(taken) });
      runs.push(run);
      expect(await run.exited).not.toBe(0);
      expect(run.output()).toMatch(/Vigie cannot start: Port \d+ is already in use/);
    } finally {
      blocker.close();
    }
  }, 120_000);
});
