import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

function classify(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/classify.ts", ...args], { cwd: process.cwd(), encoding: "utf8" });
}

describe("scripts/classify.ts", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-classify-"));

  it("writes one line per valid post and reports bad lines on stderr with their number", () => {
    const input = path.join(dir, "posts.jsonl");
    const train = path.join(dir, "train.jsonl");
    fs.writeFileSync(input, ['{"id":"a","text":"Au secours on est bloqués à l\'étage, l\'eau monte"}', "{oops", '{"id":"b","text":"The river burst its banks","lang":"en"}', ""].join("\n"));
    fs.writeFileSync(train, ['{"text":"La Midouze déborde","relevant":true,"category":"SITUATION"}', '{"text":"x","relevant":"yes"}'].join("\n"));
    const result = classify(["--in", input, "--train", train, "--hazard", "flood", "--area", "40"]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["a", "b"]);
    expect(Object.keys(lines[0]).sort()).toEqual(["category", "categoryConfidence", "id", "lang", "places", "pii", "relevance", "urgency", "urgent"].sort());
    expect(lines[0].urgent).toBe(true);
    expect(lines[1].lang).toBe("en");
    expect(result.stderr).toContain("posts.jsonl:2");
    expect(result.stderr).toContain("train.jsonl:2");
  }, 30_000);

  it("fails clearly on a missing file", () => {
    const result = classify(["--in", path.join(dir, "missing.jsonl")]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/cannot read input file .*missing\.jsonl/);
  }, 30_000);
});
