// Builds Next.js when there is no build yet or a source file is newer than it,
// so `npm start` on a fresh clone builds once and later starts are instant.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const buildId = path.join(root, ".next", "BUILD_ID");
const inputs = ["app", "components", "lib", "public", "next.config.ts", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function run(args, label) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) {
    console.error(`${label} failed`);
    process.exit(result.status ?? 1);
  }
}

if (!fs.existsSync(path.join(root, "lib", "db", "generated", "client.ts"))) run(["scripts/prisma-generate.mjs"], "prisma generate");

const force = process.argv.includes("--force");
const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
const stale = force || built === 0 || inputs.some((input) => newestMtime(path.join(root, input)) > built);
if (!stale) {
  console.log("Next.js build is up to date.");
  process.exit(0);
}
console.log("Building Vigie (Next.js)…");
run([path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], "next build");
