import { describe, expect, it } from "vitest";
import { z } from "zod";
import { apiError } from "../../lib/api-response";
import { AppError } from "../../lib/errors";

describe("apiError", () => {
  it("maps each error code to its HTTP status with a JSON body", async () => {
    const forbidden = apiError(new AppError("FORBIDDEN", "nope"));
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({ error: { code: "FORBIDDEN", message: "nope" } });
    expect(apiError(new AppError("RATE_LIMITED", "slow down")).status).toBe(429);
  });

  it("reports invalid input field by field", async () => {
    const result = z.object({ email: z.string().email() }).safeParse({ email: "x" });
    const response = apiError(result.error);
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty("email");
  });

  it("never leaks an unexpected error's message", async () => {
    const original = console.error;
    console.error = () => undefined;
    const response = apiError(new Error("password=hunter2 at db.ts:12"));
    console.error = original;
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain("hunter2");
  });
});
