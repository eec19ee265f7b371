// End-to-end tests drive Debian's Chromium (Playwright's own browser download
// cannot work offline). Installs it when running as root, else says what to do.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const wanted = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (fs.existsSync(wanted)) process.exit(0);

if (process.getuid?.() !== 0) {
  console.error(`Chromium is missing (${wanted}). Install Debian's package first:\n  sudo apt-get install -y chromium\nor set CHROMIUM_PATH to a Chromium binary.`);
  process.exit(1);
}
console.log("Installing Debian's chromium package for the end-to-end tests…");
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
for (const args of [["update", "-qq"], ["install", "-y", "-qq", "chromium"]]) {
  const result = spawnSync("apt-get", args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`apt-get ${args.join(" ")} failed`);
    process.exit(1);
  }
}
if (!fs.existsSync(wanted)) {
  console.error(`chromium installed but ${wanted} is missing`);
  process.exit(1);
}
