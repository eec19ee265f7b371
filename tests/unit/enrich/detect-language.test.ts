import { describe, expect, it } from "vitest";
import { detectLanguage } from "@/lib/enrich/detect-language";

describe("detectLanguage", () => {
  it.each([
    ["fr", "L'eau est montée dans les rues cette nuit, les pompiers évacuent le quartier"],
    ["fr", "Recette de la pâte crue au chocolat, trop bon"],
    ["en", "The river burst its banks overnight and the whole street is under water"],
    ["es", "El río se ha desbordado y muchas casas están inundadas en el pueblo"],
    ["it", "Il fiume è esondato e molte case sono state evacuate questa notte"],
    ["de", "Der Fluss ist über die Ufer getreten und viele Häuser sind überflutet"],
    ["nl", "De rivier is buiten haar oevers getreden en veel huizen staan onder water"],
    ["pt", "O rio transbordou e muitas casas foram inundadas durante a noite"],
  ])("detects %s", (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("strips mentions, URLs, RT and # before deciding", () => {
    expect(detectLanguage("RT @Vigicrues_Adour: https://t.co/abc #crue #Landes")).toBe("und");
    expect(detectLanguage("RT @someone: la rivière déborde dans tout le village depuis ce matin https://t.co/x")).toBe("fr");
  });

  it("returns und for text too short to tell", () => {
    expect(detectLanguage("ok")).toBe("und");
    expect(detectLanguage("🌊🌊🌊")).toBe("und");
  });
});
