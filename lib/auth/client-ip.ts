/**
 * The server sets this header from the TCP peer (or, behind a trusted proxy,
 * from X-Forwarded-For) and overwrites whatever a client sent, so it cannot be spoofed.
 */
export const CLIENT_IP_HEADER = "x-vigie-client-ip";

export function clientIpFrom(headers: Headers): string | null {
  return headers.get(CLIENT_IP_HEADER);
}
