import { takePublicToken } from "./public-rate-limit";

/**
 * Who may open a socket on the no-login `/public` namespace. A connection
 * spends a token from the same per-IP budget as the public pages and API, and
 * one address holds at most MAX_PUBLIC_SOCKETS_PER_IP at once, so a single
 * client cannot exhaust the server by opening sockets slowly, under the rate.
 * A household or a newsroom behind one address stays well within it.
 */
export const MAX_PUBLIC_SOCKETS_PER_IP = 20;

export type PublicSocketAdmission = { admit: (ip: string) => "ok" | "rate_limited" | "too_many"; release: (ip: string) => void };

export function createPublicSocketAdmission(maxPerIp = MAX_PUBLIC_SOCKETS_PER_IP): PublicSocketAdmission {
  const open = new Map<string, number>();
  return {
    admit: (ip) => {
      const count = open.get(ip) ?? 0;
      if (count >= maxPerIp) return "too_many";
      if (!takePublicToken(ip).ok) return "rate_limited";
      open.set(ip, count + 1);
      return "ok";
    },
    release: (ip) => {
      const count = (open.get(ip) ?? 1) - 1;
      if (count <= 0) open.delete(ip);
      else open.set(ip, count);
    },
  };
}
