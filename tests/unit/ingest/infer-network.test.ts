import { describe, expect, it } from "vitest";
import { canonicalUrl, inferNetwork } from "../../../lib/ingest/infer-network";
import { mapImportRow } from "../../../lib/ingest/map-import-row";

describe("network from a pasted link", () => {
  it("recognises the networks without an API and a few others", () => {
    expect(inferNetwork("https://www.facebook.com/groups/123/posts/456")).toBe("facebook");
    expect(inferNetwork("https://m.facebook.com/story.php?id=1")).toBe("facebook");
    expect(inferNetwork("https://www.instagram.com/p/DTo9d-lHvzQ/")).toBe("instagram");
    expect(inferNetwork("https://vm.tiktok.com/ZMabc/")).toBe("tiktok");
    expect(inferNetwork("https://youtu.be/dQw4w9WgXcQ")).toBe("youtube");
    expect(inferNetwork("https://t.me/landesinfo/42")).toBe("telegram");
    expect(inferNetwork("https://twitter.com/Prefet40/status/1")).toBe("x");
    expect(inferNetwork("https://piaille.fr/@marie/113456789")).toBe("mastodon");
    expect(inferNetwork("https://www.sudouest.fr/landes/dax/article")).toBe("web");
    expect(inferNetwork(null)).toBe("other");
    expect(inferNetwork("pas un lien")).toBe("other");
  });

  it("drops tracking parameters so the same post pasted twice is one", () => {
    expect(canonicalUrl("https://www.instagram.com/p/X/?igshid=abc&utm_source=ig#c")).toBe("https://www.instagram.com/p/X/");
  });
});

describe("import rows", () => {
  it("maps CSV columns (French or English headers) to the webhook format", () => {
    expect(mapImportRow({ Réseau: "facebook", id: "9", Texte: "Route coupée à Tartas", Date: "2026-12-01T08:00:00Z", Auteur: "@jp", lat: "43,83", lon: "-0,79" }, "csv", "import")).toEqual({
      network: "facebook",
      externalId: "9",
      url: null,
      author: { id: null, handle: "@jp", name: null },
      text: "Route coupée à Tartas",
      lang: null,
      postedAt: "2026-12-01T08:00:00Z",
      media: [],
      geo: { lat: 43.83, lon: -0.79 },
    });
  });

  it("passes JSON rows through unchanged", () => {
    const row = { network: "x", externalId: "1", text: "t", postedAt: "2026-12-01T08:00:00Z" };
    expect(mapImportRow(row, "json", "import")).toBe(row);
  });
});
