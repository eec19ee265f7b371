import { describe, expect, it } from "vitest";
import { bandKeys } from "@/lib/stories/band-keys";
import { isSameStory } from "@/lib/stories/is-same-story";
import { estimateJaccard, minHash } from "@/lib/stories/min-hash";
import { textFingerprint } from "@/lib/stories/text-fingerprint";
import { textSignature } from "@/lib/stories/text-signature";

const ORIGINALS = [
  "Le pont de Saubusse est fermé à la circulation depuis 18h, l'eau recouvre déjà la chaussée côté rive gauche. Passez par Pey ou par Orist.",
  "Collecte de vêtements secs et de couvertures pour les familles sinistrées de Tartas, dépôt à la salle des fêtes jusqu'à dimanche",
  "Une dame âgée est bloquée au premier étage avec son chien rue des Arènes, l'eau monte vite et elle n'a plus de batterie",
  "Flood warning in place for the Adour river at Dax: water levels expected to peak overnight, residents near the banks should move to higher ground.",
];

// Each way a post is copied, applied to every original.
const COPIES: Record<string, (t: string) => string> = {
  repost: (t) => t,
  "RT prefix": (t) => `RT @vigie_info: ${t}`,
  "emojis, hashtags and a link": (t) => `⚠️ ${t} 🙏🙏 #crue #Landes https://t.co/x9Yz`,
  "quote with added text": (t) => `Je confirme, j'y suis passée il y a dix minutes, c'est impressionnant 👇 « ${t} »`,
  "case and accents": (t) => t.toUpperCase().normalize("NFD").replace(/[\u0300-\u036f]/g, ""),
  "one word edited": (t) => t.replace(/ (\S+) (\S+)$/, " $1 vraiment $2"),
  "truncated tail": (t) => t.split(" ").slice(0, -3).join(" "),
};

describe("isSameStory", () => {
  for (const [kind, copy] of Object.entries(COPIES)) {
    it(`joins a copy made by: ${kind}`, () => {
      for (const original of ORIGINALS) expect(isSameStory(textFingerprint(original), textFingerprint(copy(original)))).toBe(true);
    });
  }

  it("keeps unrelated posts apart", () => {
    for (let i = 0; i < ORIGINALS.length; i++)
      for (let j = i + 1; j < ORIGINALS.length; j++) expect(isSameStory(textFingerprint(ORIGINALS[i]), textFingerprint(ORIGINALS[j]))).toBe(false);
  });

  it("keeps the same template about another place, river or figure apart", () => {
    const route = (place: string, road: string) => `Route coupée à ${place} : la ${road} est fermée suite à la montée des eaux. Déviation mise en place, soyez prudents.`;
    const level = (m: string, h: string) => `Hauteur de l'Adour à Dax : ${m} relevés à ${h} par Vigicrues, la montée se poursuit.`;
    const vigilance = (river: string) => `⚠️ Vigilance orange crues sur ${river} : le pic est attendu cette nuit. Mettez vos véhicules en hauteur et suivez les consignes.`;
    const pairs: [string, string][] = [
      [route("Tartas", "D924"), route("Mugron", "D32")],
      [route("Tartas", "D924"), route("Pontonx", "D924")],
      [level("5,12 m", "8h"), level("5,48 m", "11h")],
      [vigilance("l'Adour"), vigilance("la Midouze")],
    ];
    for (const [a, b] of pairs) expect(isSameStory(textFingerprint(a), textFingerprint(b))).toBe(false);
  });

  it("does not take a translation for a copy", () => {
    const fr = "Alerte crue pour l'Adour à Dax : le pic est attendu cette nuit, les riverains des berges doivent rejoindre des zones plus hautes.";
    expect(isSameStory(textFingerprint(ORIGINALS[3]), textFingerprint(fr))).toBe(false);
  });

  it("matches short posts only on their exact normalised text, and very short ones never", () => {
    expect(isSameStory(textFingerprint("Évacuez Saubusse maintenant"), textFingerprint("RT @Prefet40: ÉVACUEZ SAUBUSSE MAINTENANT !! ⚠️"))).toBe(true);
    expect(isSameStory(textFingerprint("Évacuez Saubusse maintenant"), textFingerprint("Évacuez Saubusse demain"))).toBe(false);
    expect(isSameStory(textFingerprint("Courage 💪"), textFingerprint("Courage 💪"))).toBe(false);
  });
});

describe("MinHash and LSH bands", () => {
  it("estimates Jaccard within sampling error on generated sets", () => {
    for (const [shared, own] of [[60, 20], [30, 30], [10, 50]]) {
      const a = Uint32Array.from({ length: shared + own }, (_, i) => i);
      const b = Uint32Array.from({ length: shared + own }, (_, i) => (i < shared ? i : 100_000 + i));
      const truth = shared / (shared + 2 * own);
      expect(Math.abs(estimateJaccard(minHash(a, a.length), minHash(b, b.length)) - truth)).toBeLessThan(0.12);
    }
  });

  it("gives copies a shared band key and unrelated posts none", () => {
    const shared = (a: string, b: string) => bandKeys(textSignature(a)).filter((k) => bandKeys(textSignature(b)).includes(k)).length;
    for (const original of ORIGINALS) expect(shared(original, COPIES["RT prefix"](original))).toBeGreaterThan(0);
    expect(shared(ORIGINALS[0], ORIGINALS[1])).toBe(0);
  });
});
