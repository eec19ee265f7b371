// Generates the Prisma client offline. Prisma 7's CLI only checks that a schema
// engine path exists before generating (the engine cannot be downloaded here),
// so point it at any existing file when no engine is present.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(root, "package.json");
}
const cli = path.join(root, "node_modules", "prisma", "build", "index.js");
// Once more after a failure: on a busy machine `generate` has been seen to stop without a word.
for (let attempt = 1; attempt <= 2; attempt++) {
  const result = spawnSync(process.execPath, [cli, "generate"], { cwd: root, env, stdio: "inherit" });
  if (result.status === 0) process.exit(0);
  const why = result.error ? result.error.message : result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`;
  console.error(`prisma generate failed (${why})${attempt === 1 ? ", trying again" : ""}`);
}
process.exit(1);
