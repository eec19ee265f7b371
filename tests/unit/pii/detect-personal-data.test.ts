import { describe, expect, it } from "vitest";
import { detectPersonalData } from "@/lib/pii/detect-personal-data";

const spans = (text: string) => detectPersonalData(text).map((f) => [f.kind, text.slice(f.start, f.end)]);

describe("detectPersonalData", () => {
  it("returns every kind in one post, sorted and without overlap", () => {
    const text = "🆘 Mme Martin, 91 ans, seule au 12 rue des Arènes à Dax. Sa voiture AB-123-CD est sous l'eau. Tel : 06 12 34 56 78, mail jean.dupont@free.fr";
    expect(spans(text)).toEqual([
      ["person_name", "Mme Martin"],
      ["address", "12 rue des Arènes"],
      ["plate", "AB-123-CD"],
      ["phone", "06 12 34 56 78"],
      ["email", "jean.dupont@free.fr"],
    ]);
    const flags = detectPersonalData(text);
    for (let i = 1; i < flags.length; i++) expect(flags[i].start).toBeGreaterThanOrEqual(flags[i - 1].end);
  });

  it("gives UTF-16 offsets, so spans after emoji slice the text exactly", () => {
    const text = "😱🌊🏠 Appelez 0612345678";
    const [flag] = detectPersonalData(text);
    expect(flag).toEqual({ kind: "phone", start: text.indexOf("0612345678"), end: text.length });
  });

  it("keeps a phone inside an e-mail as part of the e-mail", () => {
    expect(spans("écrire à 0612345678@sms.example.fr")).toEqual([["email", "0612345678@sms.example.fr"]]);
  });

  it.each([
    "🔴 VIGILANCE ROUGE CRUES : Adour aval et Midouze. Des débordements importants sont attendus à Dax, Tartas, Saint-Sever et Mont-de-Marsan cette nuit. #Landes #crue",
    "🚒 Depuis 18h, 261 interventions dans les Landes, 21 personnes mises en sécurité. Appelez le 18 ou le 112 uniquement en cas de danger.",
    "🚧 Routes départementales : D19 à Onard, D10 à Saubusse, RD 947 et A63 coupées. Carte sur https://inforoute40.fr/carte?id=2026061214300612",
    "Crue du 12/06/2026 : pic à 4,12 m le 13 à 06h00 à Dax (40100, INSEE 40088), 1 900 foyers sans électricité, +30 % de débit, 2 300 € de dons.",
    "Pensées pour tous les Landais touchés 💙 #PréchacqLesBains #CrueAdour #Landes40 SOS 3114 116 117",
    "Le stade Jean Dauger et la salle Maurice Boyau accueillent les sinistrés, rue Jean Jaurès fermée.",
    "",
  ])("stays quiet on ordinary crisis text: %s", (text) => {
    expect(detectPersonalData(text)).toEqual([]);
  });
});
