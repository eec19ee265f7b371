import { describe, expect, it } from "vitest";
import { readEnv } from "../../lib/env";

describe("environment", () => {
  it("turns demo mode on with the embedded database and off with DATABASE_URL", () => {
    expect(readEnv({}).demo).toBe(true);
    expect(readEnv({ DATABASE_URL: "postgresql://u:p@db:5432/vigie" }).demo).toBe(false);
    expect(readEnv({ DATABASE_URL: "postgresql://u:p@db:5432/vigie", VIGIE_DEMO: "1" }).demo).toBe(true);
  });

  it("explains invalid settings", () => {
    expect(() => readEnv({ PORT: "http" })).toThrow(/PORT/);
    expect(() => readEnv({ VIGIE_ADMIN_PASSWORD: "short" })).toThrow(/VIGIE_ADMIN_PASSWORD/);
  });
});
