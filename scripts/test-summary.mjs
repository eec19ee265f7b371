// Prints one closing line for the whole suite from the runners' JSON reports.
import fs from "node:fs";
import path from "node:path";

const dir = path.resolve(import.meta.dirname, "..", "tests", ".results");
const read = (file) => {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  } catch {
    return null;
  }
};

const vitest = read("vitest.json");
const playwright = read("playwright.json");
const parts = {
  vitest: vitest
    ? { passed: vitest.numPassedTests, failed: vitest.numFailedTests, skipped: vitest.numPendingTests + (vitest.numTodoTests ?? 0) }
    : { passed: 0, failed: 1, skipped: 0 },
  playwright: playwright
    ? { passed: playwright.stats.expected + playwright.stats.flaky, failed: playwright.stats.unexpected, skipped: playwright.stats.skipped }
    : { passed: 0, failed: 1, skipped: 0 },
};
console.log("");
console.log(`unit + integration (vitest): ${parts.vitest.passed} passed, ${parts.vitest.failed} failed, ${parts.vitest.skipped} skipped${vitest ? "" : " (no report: the run did not finish)"}`);
console.log(`end-to-end (playwright):     ${parts.playwright.passed} passed, ${parts.playwright.failed} failed, ${parts.playwright.skipped} skipped${playwright ? "" : " (no report: the run did not finish)"}`);
const total = Object.values(parts).reduce((sum, p) => ({ passed: sum.passed + p.passed, failed: sum.failed + p.failed, skipped: sum.skipped + p.skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
