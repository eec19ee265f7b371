import { clock } from "../clock";
import { db } from "../db/client";
import { AppError } from "../errors";
import { retryAfterSeconds } from "./login-throttle-rules";
import { anyLocked, clearAccountFailures, readThrottles, recordLoginFailure, throttleKeys } from "./login-throttle";
import { dummyHash, verifyPassword } from "./password";
import { canSignIn, toSessionUser, type SessionUser } from "./session-user";

export type AuthenticateInput = { email: string; password: string; ip: string | null };

/**
 * Checks an email and password. Throws AppError RATE_LIMITED while the account
 * or the IP is locked (even with the right password) and UNAUTHENTICATED on
 * wrong credentials or a deactivated account, with one message for all so an
 * attacker cannot tell which accounts exist.
 */
export async function authenticateUser(input: AuthenticateInput): Promise<SessionUser> {
  const now = clock().now();
  const email = input.email.trim().toLowerCase();
  const keys = throttleKeys(email, input.ip);
  const user = await db().user.findUnique({ where: { email }, include: { organization: { select: { active: true } } } });
  // Hash outside the transaction: bcrypt takes ~100 ms and must not hold row locks.
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash()));
  const ok = !!user && canSignIn(user) && passwordOk;

  const outcome = await db().$transaction(async (tx) => {
    const states = await readThrottles(tx, keys);
    if (anyLocked(states, now)) return { locked: true, retryAfter: retryAfterSeconds([states.account, states.ip], now) };
    if (ok) await clearAccountFailures(tx, keys);
    else await recordLoginFailure(tx, keys, states, now);
    return { locked: false, retryAfter: 0 };
  });

  if (outcome.locked) {
    throw new AppError("RATE_LIMITED", `Too many failed attempts; retry in ${outcome.retryAfter}s`);
  }
  if (!ok || !user) throw new AppError("UNAUTHENTICATED", "Wrong email or password");
  return toSessionUser(user);
}
