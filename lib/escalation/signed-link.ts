import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The acknowledgement link of an escalation e-mail: it names the escalation,
 * the on-duty address it was sent to and an expiry, signed with HMAC-SHA256
 * under AUTH_SECRET, so that whoever holds the e-mail can answer without an
 * account and nobody can forge a link for another escalation or address.
 */
export const LINK_VALIDITY_MS = 7 * 24 * 3600_000;

export type LinkClaims = { escalationId: string; address: string; expiresAt: Date };
export type LinkCheck = { ok: true; claims: LinkClaims } | { ok: false; reason: "invalid" | "expired" };

export function signAcknowledgeLink(claims: LinkClaims, secret: string): string {
  const expiry = Math.floor(claims.expiresAt.getTime() / 1000);
  const address = Buffer.from(claims.address.toLowerCase(), "utf8").toString("base64url");
  return `${claims.escalationId}.${address}.${expiry}.${signature(claims.escalationId, claims.address.toLowerCase(), expiry, secret)}`;
}

export function verifyAcknowledgeLink(token: string, secret: string, now: Date): LinkCheck {
  const parts = token.split(".");
  if (parts.length !== 4) return { ok: false, reason: "invalid" };
  const [escalationId, encodedAddress, expiryText, given] = parts;
  if (!/^[0-9a-f-]{36}$/i.test(escalationId) || !/^\d{1,12}$/.test(expiryText)) return { ok: false, reason: "invalid" };
  const address = Buffer.from(encodedAddress, "base64url").toString("utf8");
  const expiry = Number(expiryText);
  const expected = Buffer.from(signature(escalationId, address, expiry, secret));
  const received = Buffer.from(given);
  // Checked before the expiry, so a tampered link never learns whether it would have been valid.
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) return { ok: false, reason: "invalid" };
  if (expiry * 1000 <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, claims: { escalationId, address, expiresAt: new Date(expiry * 1000) } };
}

function signature(escalationId: string, address: string, expiry: number, secret: string): string {
  return createHmac("sha256", secret).update(`vigie-escalation-ack\n${escalationId}\n${address}\n${expiry}`).digest("base64url");
}

/** The secret links are signed with: the session secret, which every deployment has. */
export function linkSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: escalation links cannot be signed");
  return secret;
}
