import { describe, expect, it } from "vitest";
import { copyText } from "@/lib/stories/copy-text";
import { nameMarkers } from "@/lib/stories/name-markers";

describe("copyText", () => {
  it("drops the retweet marker, mentions, links, hashtag signs, emojis and punctuation", () => {
    expect(copyText("RT @Prefet40: ⚠️ Évacuez #Saubusse MAINTENANT !! https://t.co/aB12 www.landes.fr/crue")).toBe("evacuez saubusse maintenant");
  });
  it("folds accents, ligatures, Saint abbreviations, thousands and leading zeros", () => {
    expect(copyText("Œuvre à St-Sever : 1 200 évacués à 06h")).toBe("oeuvre a saint sever 1200 evacues a 6h");
  });
  it("keeps a word that merely contains RT", () => {
    expect(copyText("ART et RTT au Sport")).toBe("art et rtt au sport");
  });
});

describe("nameMarkers", () => {
  it("keeps names inside sentences and figures, not sentence starts, shouting or hashtags", () => {
    expect(nameMarkers("URGENT : Route coupée à Tartas sur la D924 depuis 06h. Passez par l'Adour #Landes")).toEqual(["6h", "adour", "d924", "tartas"]);
  });
});
