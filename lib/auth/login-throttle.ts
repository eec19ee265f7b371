import type { Tx } from "../db/client";
import { ACCOUNT_POLICY, IP_POLICY, isLocked, recordFailure, type ThrottleState } from "./login-throttle-rules";

export type ThrottleKeys = { account: string; ip: string | null };

export function throttleKeys(email: string, ip: string | null): ThrottleKeys {
  return { account: `account:${email.toLowerCase()}`, ip: ip ? `ip:${ip}` : null };
}

/** Reads and row-locks the counters so concurrent attempts from several processes count exactly. */
export async function readThrottles(tx: Tx, keys: ThrottleKeys): Promise<{ account: ThrottleState | null; ip: ThrottleState | null }> {
  const wanted = [keys.account, ...(keys.ip ? [keys.ip] : [])];
  const rows = await tx.$queryRaw<{ key: string; failures: number; windowStart: Date; lockedUntil: Date | null }[]>`
    SELECT "key", "failures", "windowStart", "lockedUntil" FROM "LoginThrottle" WHERE "key" = ANY(${wanted}) FOR UPDATE`;
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return { account: byKey.get(keys.account) ?? null, ip: keys.ip ? (byKey.get(keys.ip) ?? null) : null };
}

export function anyLocked(states: { account: ThrottleState | null; ip: ThrottleState | null }, now: Date): boolean {
  return isLocked(states.account, now) || isLocked(states.ip, now);
}

export async function recordLoginFailure(
  tx: Tx,
  keys: ThrottleKeys,
  states: { account: ThrottleState | null; ip: ThrottleState | null },
  now: Date,
): Promise<void> {
  await save(tx, keys.account, recordFailure(states.account, now, ACCOUNT_POLICY));
  if (keys.ip) await save(tx, keys.ip, recordFailure(states.ip, now, IP_POLICY));
}

/** A success clears the account's counter (not the IP's: one success must not unlock a sprayer). */
export async function clearAccountFailures(tx: Tx, keys: ThrottleKeys): Promise<void> {
  await tx.loginThrottle.deleteMany({ where: { key: keys.account } });
}

async function save(tx: Tx, key: string, state: ThrottleState): Promise<void> {
  await tx.loginThrottle.upsert({ where: { key }, create: { key, ...state }, update: state });
}
