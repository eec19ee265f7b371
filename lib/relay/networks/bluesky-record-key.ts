import { createHash } from "node:crypto";

const BASE32_SORTABLE = "234567abcdefghijklmnopqrstuvwxyz";

/** What a PDS accepts as a record key of a post: a TID, 13 characters, the first one below "k" (top bit 0). */
export const TID_PATTERN = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;

/**
 * The record key of a relay message's Bluesky post, the same on every attempt: a retry after a
 * lost answer finds the post the PDS already created under it instead of posting again.
 * A TID is a microsecond timestamp shifted left by 10 bits, or'ed with a 10-bit clock id. The
 * timestamp is the message's creation (stored to the millisecond) plus a sub-millisecond part,
 * and the clock id, both taken from a hash of the message id: two messages created in the same
 * millisecond still get different keys, short of a one-in-a-million draw.
 */
export function blueskyRecordKey(message: { id: string; createdAt: Date }): string {
  const hash = createHash("sha256").update(message.id).digest();
  const microseconds = BigInt(message.createdAt.getTime()) * 1000n + BigInt(hash.readUInt16BE(0) % 1000);
  const clockId = BigInt(hash.readUInt16BE(2) & 0x3ff);
  return encodeTid((microseconds << 10n) | clockId);
}

function encodeTid(value: bigint): string {
  // 53 bits of microseconds since 1970 fit until the year 2255; the top bit stays 0.
  let rest = value & 0x7fff_ffff_ffff_ffffn;
  let key = "";
  for (let i = 0; i < 13; i++) {
    key = BASE32_SORTABLE[Number(rest & 31n)] + key;
    rest >>= 5n;
  }
  return key;
}
