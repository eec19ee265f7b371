import { describe, expect, it } from "vitest";
import { blueskyFacets } from "../../../lib/relay/bluesky-facets";
import { BUILT_IN_INSTRUCTIONS, BUILT_IN_INSTRUCTIONS_BY_HAZARD } from "../../../lib/relay/library/built-in-instructions";
import { HAZARDS } from "../../../lib/activation/hazards";
import { blueskyLength, checkLengths, composePostText, fillVariables, hasUnfilledVariable, mastodonLength } from "../../../lib/relay/relay-text";

describe("relay text", () => {
  it("counts a URL as 23 characters on Mastodon", () => {
    const url = `https://www.vigicrues.gouv.fr/${"x".repeat(100)}`;
    expect(mastodonLength(`Infos : ${url}`)).toBe(8 + 23);
    expect(mastodonLength("🌊é")).toBe(2);
  });

  it("counts graphemes on Bluesky", () => {
    expect(blueskyLength("👨‍👩‍👧 é")).toBe(3);
    expect(checkLengths("a".repeat(301), 500).map((c) => c.ok)).toEqual([true, false]);
  });

  it("composes body, link and hashtags, without repeating a link the body carries", () => {
    expect(composePostText({ body: "Texte", link: "https://a.fr/", hashtags: ["crue", "#Dax"] })).toBe("Texte\n\nhttps://a.fr/\n\n#crue #Dax");
    expect(composePostText({ body: "Texte https://a.fr/", link: "https://a.fr/", hashtags: [] })).toBe("Texte https://a.fr/");
  });

  it("fills variables and leaves the empty ones visible", () => {
    expect(fillVariables("Crue à {commune} ({heure}) {lien}", { commune: "Dax", heure: "14 h" })).toBe("Crue à Dax (14 h) {lien}");
    expect(hasUnfilledVariable("Crue à Dax (14 h) {lien}")).toBe(true);
  });
});

describe("bluesky facets", () => {
  it("indexes links and tags in UTF-8 bytes", () => {
    const text = "Crue à Dax 🌊 : https://vigicrues.gouv.fr/ #crue #Landes";
    const bytes = Buffer.from(text, "utf8");
    const facets = blueskyFacets(text);
    expect(facets).toHaveLength(3);
    for (const facet of facets) {
      const covered = bytes.subarray(facet.index.byteStart, facet.index.byteEnd).toString("utf8");
      const feature = facet.features[0];
      expect(covered).toBe(feature.$type === "app.bsky.richtext.facet#link" ? feature.uri : `#${feature.tag}`);
    }
    // "à" and the emoji make byte offsets differ from string indexes.
    expect(facets[0].index.byteStart).toBeGreaterThan(text.indexOf("https"));
  });
});

describe("library", () => {
  it("has several instructions with an official https source for every hazard, and unique keys", () => {
    for (const hazard of HAZARDS) expect(BUILT_IN_INSTRUCTIONS_BY_HAZARD[hazard].length).toBeGreaterThanOrEqual(3);
    expect(new Set(BUILT_IN_INSTRUCTIONS.map((i) => i.key)).size).toBe(BUILT_IN_INSTRUCTIONS.length);
    for (const instruction of BUILT_IN_INSTRUCTIONS) {
      expect(instruction.sourceUrl).toMatch(/^https:\/\/[a-z.-]*(gouv\.fr|gouvernement\.fr|meteofrance\.fr|santepubliquefrance\.fr)\//);
      expect(instruction.key.startsWith(`${instruction.hazard}.`)).toBe(true);
      // With a 23-character link and a long commune name, it still fits Bluesky.
      const filled = fillVariables(instruction.body, { commune: "Saint-Martin-de-Seignanx", heure: "14 h 30", lien: "https://www.vigicrues.gouv.fr/" });
      expect(blueskyLength(composePostText({ body: filled, link: null, hashtags: instruction.hashtags }))).toBeLessThanOrEqual(300);
    }
  });
});
