import { describe, expect, it } from "vitest";
import { ACCOUNT_POLICY, isLocked, recordFailure, retryAfterSeconds } from "../../../lib/auth/login-throttle-rules";

const t0 = new Date("2026-11-27T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("login throttle rules", () => {
  it("locks after the maximum number of failures within the window", () => {
    let state = null;
    for (let i = 0; i < ACCOUNT_POLICY.maxFailures - 1; i++) {
      state = recordFailure(state, at(i * 1000), ACCOUNT_POLICY);
      expect(isLocked(state, at(i * 1000))).toBe(false);
    }
    state = recordFailure(state, at(10_000), ACCOUNT_POLICY);
    expect(isLocked(state, at(10_000))).toBe(true);
    expect(isLocked(state, at(10_000 + ACCOUNT_POLICY.lockMs + 1))).toBe(false);
  });

  it("starts a new window once the old one has passed", () => {
    let state = null;
    for (let i = 0; i < ACCOUNT_POLICY.maxFailures - 1; i++) state = recordFailure(state, at(0), ACCOUNT_POLICY);
    state = recordFailure(state, at(ACCOUNT_POLICY.windowMs + 1), ACCOUNT_POLICY);
    expect(state.failures).toBe(1);
    expect(isLocked(state, at(ACCOUNT_POLICY.windowMs + 1))).toBe(false);
  });

  it("reports the longest remaining lock in whole seconds", () => {
    const locked = { failures: 5, windowStart: t0, lockedUntil: at(90_500) };
    expect(retryAfterSeconds([locked, null], t0)).toBe(91);
  });
});
