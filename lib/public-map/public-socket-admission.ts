import { takePublicToken } from "./public-rate-limit";

/**
 * Who may open a socket on the no-login `/public` namespace. A connection
 * spends a token from the same per-IP budget as the public pages and API, and
 * one address holds at most MAX_PUBLIC_SOCKETS_PER_IP at once, so a single
 * client cannot exhaust the server by opening sockets slowly, under the rate.
 * A household or a newsroom behind one address stays well within it.
 */
export const MAX_PUBLIC_SOCKETS_PER_IP = 20;

/** An admitted socket holds one place until `release` (safe to call more than once). */
export type Admission = { ok: true; release: () => void } | { ok: false; reason: "rate_limited" | "too_many" };
export type PublicSocketAdmission = { admit: (ip: string) => Admission; openCount: (ip: string) => number };

export function createPublicSocketAdmission(maxPerIp = MAX_PUBLIC_SOCKETS_PER_IP): PublicSocketAdmission {
  const open = new Map<string, number>();
  return {
    admit: (ip) => {
      const count = open.get(ip) ?? 0;
      if (count >= maxPerIp) return { ok: false, reason: "too_many" };
      if (!takePublicToken(ip).ok) return { ok: false, reason: "rate_limited" };
      open.set(ip, count + 1);
      let released = false;
      return {
        ok: true,
        release: () => {
          if (released) return;
          released = true;
          const left = (open.get(ip) ?? 1) - 1;
          if (left <= 0) open.delete(ip);
          else open.set(ip, left);
        },
      };
    },
    openCount: (ip) => open.get(ip) ?? 0,
  };
}
