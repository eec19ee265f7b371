import { takeToken, type Bucket, type BucketPolicy, type TakeResult } from "./token-bucket";

/** Public map page and API: bursts of 60, then one request a second per IP. */
export const PUBLIC_RATE_POLICY: BucketPolicy = { capacity: 60, perSecond: 1 };

const holder = globalThis as unknown as { __vigiePublicBuckets?: Map<string, Bucket> };

/** Takes one token for this client IP (kept on globalThis: proxy and routes share it in the custom server's process). */
export function takePublicToken(ip: string | null, nowMs = Date.now()): TakeResult {
  holder.__vigiePublicBuckets ??= new Map();
  return takeToken(holder.__vigiePublicBuckets, ip ?? "unknown", nowMs, PUBLIC_RATE_POLICY);
}
