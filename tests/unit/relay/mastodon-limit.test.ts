import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { mastodonMaxCharacters } from "../../../lib/relay/networks/mastodon-limit";

let server: Server | null = null;

/** An instance answering only the paths given, with the JSON given. */
async function instance(routes: Record<string, unknown>): Promise<string> {
  server = createServer((req, res) => {
    const body = routes[req.url ?? ""];
    res.writeHead(body === undefined ? 404 : 200, { "content-type": "application/json" });
    res.end(JSON.stringify(body ?? { error: "Not found" }));
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = null;
});

describe("mastodon max_characters", () => {
  it("reads /api/v2/instance first", async () => {
    const url = await instance({ "/api/v2/instance": { configuration: { statuses: { max_characters: 1000 } } }, "/api/v1/instance": { configuration: { statuses: { max_characters: 42 } } } });
    expect(await mastodonMaxCharacters(url, { fresh: true })).toBe(1000);
  });

  it("falls back to /api/v1/instance (or Pleroma's max_toot_chars), then to 500", async () => {
    const v1 = await instance({ "/api/v1/instance": { max_toot_chars: 5000 } });
    expect(await mastodonMaxCharacters(v1, { fresh: true })).toBe(5000);
    await new Promise((resolve) => server?.close(resolve));
    const none = await instance({});
    expect(await mastodonMaxCharacters(none, { fresh: true })).toBe(500);
  });
});
