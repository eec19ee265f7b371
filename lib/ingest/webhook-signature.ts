import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Signed webhook: the sender computes HMAC-SHA256 of the exact request body
 * with the source's secret and sends it as `X-Vigie-Signature: sha256=<hex>`.
 */
export const SIGNATURE_HEADER = "x-vigie-signature";

export function signBody(secret: string, body: string | Buffer): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

export function verifySignature(secret: string, body: string | Buffer, header: string | null): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(header.trim());
  return expected.length === given.length && timingSafeEqual(expected, given);
}
