import { describe, expect, it } from "vitest";
import { reverseImageSearches } from "../../../lib/verify/image-checks";
import { distanceMetres } from "../../../lib/verify/find-similar-reports";

describe("verification helpers", () => {
  it("open the usual reverse image search engines with the photo's address encoded", () => {
    const links = reverseImageSearches("https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:x/abc@jpeg?x=1&y=2");
    expect(links.map((l) => l.engine)).toEqual(["Google Lens", "Bing", "Yandex", "TinEye"]);
    for (const link of links) {
      expect(link.url).toMatch(/^https:\/\//);
      expect(link.url).toContain("https%3A%2F%2Fcdn.bsky.app");
      expect(link.url).not.toContain("&y=2"); // the photo's own query stays inside the parameter
    }
  });

  it("measure distances between reports (merge proposals within 1 km)", () => {
    expect(distanceMetres(43.83, -0.8, 43.83, -0.8)).toBe(0);
    expect(distanceMetres(43.83, -0.8, 43.839, -0.8)).toBeGreaterThan(990);
    expect(distanceMetres(43.83, -0.8, 43.839, -0.8)).toBeLessThan(1010);
  });
});
