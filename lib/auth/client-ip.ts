/**
 * The server sets this header from the TCP peer (or, behind a trusted proxy,
 * from X-Forwarded-For) and overwrites whatever a client sent, so it cannot be spoofed.
 */
export const CLIENT_IP_HEADER = "x-vigie-client-ip";

export function clientIpFrom(headers: Headers): string | null {
  return headers.get(CLIENT_IP_HEADER);
}

/**
 * The address a raw request came from. Behind Vigie's own reverse proxy
 * (VIGIE_TRUST_PROXY=1) it is the rightmost X-Forwarded-For entry, the one
 * that proxy added: those to its left are the client's to forge.
 */
export function clientIpOf(forwardedFor: string | string[] | undefined, remoteAddress: string | undefined, trustProxy: boolean): string {
  if (trustProxy && typeof forwardedFor === "string" && forwardedFor.trim()) return forwardedFor.split(",").at(-1)!.trim();
  return remoteAddress ?? "unknown";
}
