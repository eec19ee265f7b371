import dns from "node:dns";
import net from "node:net";
import { Agent, buildConnector } from "undici";
import { isPrivateAddress } from "./private-address";

/**
 * Coordinators type the addresses Vigie fetches (an RSS feed, a Mastodon
 * instance, a Bluesky server…). Without a guard, such an address could make
 * the server read its own database port or the cloud's metadata service.
 * Every connector and network client dials through `outboundFetch` /
 * `guardedSocketOptions` below.
 * The check runs when a connection is made, on the address actually dialled
 * (after DNS), so a name that resolves to a private address later is caught
 * too. A LAN deployment that follows sources on its own network sets
 * VIGIE_ALLOW_PRIVATE_NETWORK=1 (so do the tests, whose fake networks listen on 127.0.0.1).
 */
export class PrivateAddressError extends Error {
  constructor(host: string, address: string) {
    super(`${host} resolves to a private or local address (${address}): refused (set VIGIE_ALLOW_PRIVATE_NETWORK=1 to allow)`);
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/** A `dns.lookup` that fails for private addresses: for sockets made outside fetch (WebSocket clients). */
export function guardedLookup(hostname: string, options: dns.LookupOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "");
    const refused = addresses.find((entry) => isPrivateAddress(entry.address));
    if (refused) return callback(Object.assign(new PrivateAddressError(hostname, refused.address), { code: "EPRIVATE" }), "");
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
}

/** Throws for a URL whose host is written as a private address (no DNS lookup happens for those). */
export function assertNotPrivateLiteral(hostname: string): void {
  const bare = hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(bare) && isPrivateAddress(bare)) throw new PrivateAddressError(hostname, bare);
}

// On globalThis: the server's modules and Next.js's bundle of the same files (server actions such
// as "test this source" or "publish") must see the one guard the server installed.
const holder = globalThis as unknown as { __vigieOutboundAgent?: Agent };

/**
 * From now on, every address a user typed (sources, relay accounts) is dialled through the guard:
 * `outboundFetch` and `guardedSocketOptions` apply it. Only those: the app's own requests (Next.js
 * fetches its own pages, on loopback, to answer a server action's redirect) stay untouched.
 * The server calls this once at start.
 */
export function guardOutboundConnections(): void {
  if (holder.__vigieOutboundAgent) return;
  const connect = buildConnector({ lookup: guardedLookup as never });
  holder.__vigieOutboundAgent = new Agent({
    connect: (options, callback) => {
      try {
        assertNotPrivateLiteral(options.hostname);
      } catch (error) {
        return callback(error as Error, null);
      }
      connect(options, callback);
    },
  });
}

/** `fetch` for an address a user typed: through the guard once it is on. */
export function outboundFetch(input: string | URL, init: RequestInit = {}): Promise<Response> {
  const agent = holder.__vigieOutboundAgent;
  return fetch(input, agent ? ({ ...init, dispatcher: agent } as RequestInit) : init);
}

/**
 * Options for a WebSocket client (the `ws` package dials outside fetch): once
 * the guard is installed, the same refusal applies. Throws for a private literal address.
 */
export function guardedSocketOptions(url: string | URL): { lookup?: typeof guardedLookup } {
  if (!holder.__vigieOutboundAgent) return {};
  assertNotPrivateLiteral(new URL(url).hostname);
  return { lookup: guardedLookup };
}
