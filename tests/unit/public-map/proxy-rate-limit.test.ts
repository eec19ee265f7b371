import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER } from "../../../lib/auth/client-ip";
import { PUBLIC_RATE_POLICY } from "../../../lib/public-map/public-rate-limit";
import { config, proxy } from "../../../proxy";

const request = (ip: string, path = "/api/public/crue-adour-landes/map") =>
  new NextRequest(`http://localhost:3000${path}`, { headers: { [CLIENT_IP_HEADER]: ip } });

describe("the public pages' rate limit (proxy.ts)", () => {
  it("covers the public map, its API and the acknowledgement links, nothing else", () => {
    expect(config.matcher).toEqual(["/public/:path*", "/api/public/:path*", "/acknowledge/:path*"]);
  });

  it("lets a burst through, then answers 429 with Retry-After, per address", () => {
    for (let i = 0; i < PUBLIC_RATE_POLICY.capacity; i++) expect(proxy(request("203.0.113.7")).status, `request ${i + 1}`).toBe(200);
    const refused = proxy(request("203.0.113.7", "/public/crue-adour-landes"));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    // Another address is not held back by the first one's burst.
    expect(proxy(request("203.0.113.8")).status).toBe(200);
  });
});
