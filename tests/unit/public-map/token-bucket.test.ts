import { describe, expect, it } from "vitest";
import { takeToken, type Bucket } from "../../../lib/public-map/token-bucket";

describe("takeToken", () => {
  it("allows a burst, then refuses with a Retry-After, then refills", () => {
    const buckets = new Map<string, Bucket>();
    const policy = { capacity: 3, perSecond: 0.5 };
    for (let i = 0; i < 3; i++) expect(takeToken(buckets, "ip", 0, policy)).toEqual({ ok: true });
    expect(takeToken(buckets, "ip", 0, policy)).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(takeToken(buckets, "other", 0, policy)).toEqual({ ok: true });
    expect(takeToken(buckets, "ip", 2000, policy)).toEqual({ ok: true });
  });
});
