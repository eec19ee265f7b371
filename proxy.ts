import { NextResponse, type NextRequest } from "next/server";
import { clientIpFrom } from "./lib/auth/client-ip";
import { takePublicToken } from "./lib/public-map/public-rate-limit";

/**
 * Rate limit, per client IP, of the pages anyone may open without an account: the public map
 * (page and API) and the signed acknowledgement links of urgent escalations. Neither must become
 * a free way to load the server or to try links in bulk. 429 with Retry-After.
 */
export function proxy(request: NextRequest) {
  const taken = takePublicToken(clientIpFrom(request.headers));
  if (!taken.ok) {
    return new NextResponse("Too many requests / Trop de requêtes", {
      status: 429,
      headers: { "Retry-After": String(taken.retryAfterSeconds), "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return NextResponse.next();
}

export const config = { matcher: ["/public/:path*", "/api/public/:path*", "/acknowledge/:path*"] };
