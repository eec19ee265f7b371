import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../../lib/db/client";
import { loadScenario } from "../../../lib/ingest/connectors/replay";
import { createActivation, createOrganization, createUser, resetDatabase } from "../helpers/fixtures";

const root = path.resolve(import.meta.dirname, "../../..");
let activationId: string;
let sourceId: string;

beforeAll(async () => {
  await resetDatabase();
  const org = await createOrganization();
  const user = await createUser({ role: "COORDINATOR", organizationId: org.id });
  activationId = (await createActivation({ ownerOrganizationId: org.id, createdById: user.id })).id;
  // 48 scenario hours in about 6 seconds, no loop: it ends.
  sourceId = (await db().source.create({ data: { activationId, kind: "REPLAY", name: "replay", config: { scenario: "crue-adour-landes", speed: 30_000, loop: false, batchSize: 50 } } })).id;
});

function runWorker(): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "helpers", "replay-worker.ts"), activationId], {
    cwd: root,
    env: { ...process.env },
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function until(condition: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("ingestion after a crash", () => {
  it("resumes from the committed cursor: every post exactly once, nothing lost", async () => {
    const events = loadScenario("crue-adour-landes");
    const postIds = new Set(events.filter((e) => e.kind === "post").map((e) => `${e.network}/${e.externalId}`));
    const deletedIds = new Set(events.filter((e) => e.kind === "delete").map((e) => `${e.network}/${e.externalId}`));

    const first = runWorker();
    await until(async () => (await db().post.count({ where: { activationId } })) > 300, 60_000);
    first.child.kill("SIGKILL"); // mid-ingest, without any chance to clean up
    await new Promise((resolve) => first.child.once("exit", resolve));
    const atCrash = await db().post.count({ where: { activationId } });
    expect(atCrash).toBeLessThan(postIds.size);

    const second = runWorker();
    await until(async () => {
      const source = await db().source.findUniqueOrThrow({ where: { id: sourceId } });
      return !!source.cursor && JSON.parse(source.cursor).index >= events.length;
    }, 90_000);
    second.child.kill("SIGTERM");

    const rows = await db().post.findMany({ where: { activationId }, select: { network: true, externalId: true, deletedAt: true } });
    const keys = rows.map((row) => `${row.network}/${row.externalId}`);
    expect(new Set(keys).size).toBe(keys.length); // exactly once
    for (const key of postIds) expect(keys, key).toContain(key); // no gap
    expect(rows.filter((row) => row.deletedAt).length).toBe(deletedIds.size); // deletions applied as tombstones
  }, 180_000);
});
