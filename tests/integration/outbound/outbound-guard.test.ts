import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeError } from "../../../lib/errors";
import { fetchFeed } from "../../../lib/ingest/connectors/rss";
import { openStream } from "../../../lib/ingest/connectors/mastodon-stream";
import { guardOutboundConnections } from "../../../lib/outbound/guard-outbound-connections";
import { startFakeMastodon, type FakeMastodon } from "../../fakes/mastodon";

/**
 * The guard is what `npm start` installs (unless VIGIE_ALLOW_PRIVATE_NETWORK=1):
 * a feed or an instance typed by a coordinator may not reach loopback or the
 * private network, whether written as an address or as a name that resolves to one.
 */
let feedServer: Server;
let feedUrl: string;
let mastodon: FakeMastodon;
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Préfecture</title><item><guid>1</guid><title>Vigilance rouge</title></item></channel></rss>`;

beforeAll(async () => {
  feedServer = createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/rss+xml" }).end(RSS);
  });
  await new Promise<void>((resolve) => feedServer.listen(0, "127.0.0.1", resolve));
  feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
  mastodon = await startFakeMastodon({ token: "t" });
});
afterAll(async () => {
  await mastodon.close();
  await new Promise((resolve) => feedServer.close(resolve));
});

describe("outbound connections to private addresses", () => {
  it("are allowed before the guard is installed (the tests' own fake networks), refused after, with a reason a coordinator can read", async () => {
    const signal = AbortSignal.timeout(10_000);
    expect(await fetchFeed(`${feedUrl}/feed.xml`, {}, signal)).toMatchObject({ kind: "ok" });

    guardOutboundConnections();
    const port = (feedServer.address() as AddressInfo).port;
    for (const url of [`${feedUrl}/feed.xml`, `http://localhost:${port}/feed.xml`, `http://[::ffff:127.0.0.1]:${port}/feed.xml`]) {
      const error = await fetchFeed(url, {}, signal).then(() => null, (e: unknown) => e);
      expect(describeError(error), url).toMatch(/private or local address .*refused/);
    }
    // The app's own requests are not the guard's business: Next.js fetches its own pages on
    // loopback to answer a server action's redirect.
    expect((await fetch(`http://localhost:${port}/feed.xml`)).status).toBe(200);
  });

  it("refuses a WebSocket stream to a private address, by address or by name", async () => {
    const port = new URL(mastodon.url).port;
    for (const base of [`ws://127.0.0.1:${port}`, `ws://localhost:${port}`]) {
      const error = await openStream(new URL(`${base}/api/v1/streaming?stream=public`), "t", AbortSignal.timeout(10_000)).then(
        (socket) => (socket.terminate(), null),
        (e: unknown) => e,
      );
      expect(describeError(error), base).toMatch(/private or local address .*refused/);
    }
  });
});
