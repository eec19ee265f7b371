import { describe, expect, it } from "vitest";
import { detectHandles } from "../../../lib/pii/detect-handles";
import { checkPublicText, suggestPublicText } from "../../../lib/publish/check-public-text";

const kinds = (text: string) => checkPublicText({ summary: text }).map((f) => f.kind);

describe("checkPublicText", () => {
  it("flags phone numbers, e-mails, street addresses and handles", () => {
    expect(kinds("Appelez le 06 12 34 56 78")).toEqual(["phone"]);
    expect(kinds("Écrire à marie.riverain@example.org")).toEqual(["email"]);
    expect(kinds("Eau au 12 rue des Arènes à Dax")).toEqual(["address"]);
    expect(kinds("Eau au 3 bis avenue Foch")).toEqual(["address"]);
    expect(kinds("Signalé par @riverain40 et @marie@mastodon.social")).toEqual(["handle", "handle"]);
    expect(kinds("Vidéo : https://x.com/riverain40/status/123")).toEqual(["handle"]);
  });

  it("lets ordinary public crisis text through", () => {
    expect(kinds("Le centre de Dax est inondé, évitez le secteur. Appelez le 112 en cas de danger. D824 coupée.")).toEqual([]);
    expect(kinds("La rue de l'Église est coupée jusqu'à 18h30 (niveau 4,12 m)")).toEqual([]);
  });

  it("says which field and which words", () => {
    expect(checkPublicText({ publicTitle: "Rue inondée", publicSummary: "Contact : jean@free.fr" })).toEqual([{ field: "publicSummary", kind: "email", excerpt: "jean@free.fr" }]);
  });

  it("suggests a redacted text that passes the check", () => {
    const suggestion = suggestPublicText("Vu par @riverain40 : eau au 12 rue des Arènes, tél 06 12 34 56 78");
    expect(suggestion).toContain("[compte]");
    expect(suggestion).toContain("[adresse]");
    expect(checkPublicText({ s: suggestion })).toEqual([]);
  });

  it("leaves e-mail addresses to the e-mail detector", () => {
    expect(detectHandles("jean@free.fr")).toEqual([]);
  });
});

describe("the demo's published reports", () => {
  it("pass the same personal-data check as the coordinators' publications", async () => {
    const { DEMO_PUBLISHED_REPORTS } = await import("../../../lib/demo/seed-publish");
    for (const r of DEMO_PUBLISHED_REPORTS) expect(checkPublicText({ publicTitle: r.publicTitle, publicSummary: r.publicSummary })).toEqual([]);
    expect(checkPublicText({ publicLabel: "Zone inondée (Sablar, berges de l'Adour)" })).toEqual([]);
  });
});
