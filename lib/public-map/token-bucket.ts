/**
 * An in-memory token bucket per key (a client IP): `capacity` requests at once, refilled at
 * `perSecond`. Pure apart from the map it is given, so the rule is unit-tested with a fake time.
 * Per process: with several app processes each keeps its own buckets (a client gets at most
 * N× the rate), acceptable for a cheap, cacheable public page.
 */
export type BucketPolicy = { capacity: number; perSecond: number };
export type Bucket = { tokens: number; at: number };
export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

const MAX_KEYS = 50_000;

export function takeToken(buckets: Map<string, Bucket>, key: string, nowMs: number, policy: BucketPolicy): TakeResult {
  const previous = buckets.get(key);
  const tokens = previous ? Math.min(policy.capacity, previous.tokens + ((nowMs - previous.at) / 1000) * policy.perSecond) : policy.capacity;
  if (tokens < 1) {
    buckets.set(key, { tokens, at: nowMs });
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / policy.perSecond)) };
  }
  if (!previous && buckets.size >= MAX_KEYS) prune(buckets, nowMs, policy);
  buckets.set(key, { tokens: tokens - 1, at: nowMs });
  return { ok: true };
}

// Full buckets carry no information: forget them first; if still too many, start afresh.
function prune(buckets: Map<string, Bucket>, nowMs: number, policy: BucketPolicy): void {
  for (const [key, bucket] of buckets) {
    if (bucket.tokens + ((nowMs - bucket.at) / 1000) * policy.perSecond >= policy.capacity) buckets.delete(key);
  }
  if (buckets.size >= MAX_KEYS) buckets.clear();
}
