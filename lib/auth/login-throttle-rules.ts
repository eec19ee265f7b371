/**
 * Fixed-window throttling of failed logins, per account and per IP address.
 * Pure rules; the counters live in PostgreSQL (login-throttle.ts).
 */
export type ThrottleState = { failures: number; windowStart: Date; lockedUntil: Date | null };

export type ThrottlePolicy = { maxFailures: number; windowMs: number; lockMs: number };

export const ACCOUNT_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
// Wider for IPs: a whole crisis room may sit behind one NAT.
export const IP_POLICY: ThrottlePolicy = { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export function isLocked(state: ThrottleState | null, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more failure at `now`. */
export function recordFailure(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): ThrottleState {
  const windowOpen = state && now.getTime() - state.windowStart.getTime() < policy.windowMs;
  const failures = windowOpen ? state.failures + 1 : 1;
  const windowStart = windowOpen ? state.windowStart : now;
  const lockedUntil = failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs) : null;
  return { failures, windowStart, lockedUntil };
}

export function retryAfterSeconds(states: (ThrottleState | null)[], now: Date): number {
  const until = Math.max(0, ...states.map((state) => state?.lockedUntil?.getTime() ?? 0));
  return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}
