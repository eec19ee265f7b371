import { describe, expect, it } from "vitest";
import { correctionWeight, createEnricher, INFORMATION_TYPES, suggestReportCategory } from "@/lib/enrich/create-enricher";
import { trainEnrichmentModel } from "@/lib/enrich/enrichment-model";
import { stemEnglish } from "@/lib/enrich/stem-english";

describe("createEnricher", () => {
  const enricher = createEnricher({ hazard: "flood" });

  it("enriches a post with language, relevance, type and urgency", () => {
    const e = enricher.enrich({ text: "Route coupée par la crue entre Dax et Tartas, 40 cm d'eau sur la chaussée" });
    expect(e.lang).toBe("fr");
    expect(e.relevance).toBeGreaterThan(0.5);
    expect(e.category).toBe("INFRASTRUCTURE");
    expect(e.urgent).toBe(false);
    expect(INFORMATION_TYPES).toContain(e.category);
  });

  it("gives figurative uses of hazard words a low relevance", () => {
    expect(createEnricher({ hazard: "storm" }).enrich({ text: "Tempête sous un crâne ce matin, je sais pas quel appart choisir" }).relevance).toBeLessThan(0.5);
    expect(enricher.enrich({ text: "Une crue de promotions chez Carrefour ce week-end" }).category).toBe("NOT_RELEVANT");
  });

  it("learns from a correction: the next similar post follows it, and only in this activation", () => {
    const model = trainEnrichmentModel([
      { text: "La rivière déborde dans le centre", relevant: true, category: "SITUATION", hazard: "flood" },
      { text: "Les pompiers évacuent le quartier", relevant: true, category: "RESCUE_RESPONSE", hazard: "flood" },
      { text: "Soirée crêpes chez mamie ce soir", relevant: false, hazard: "flood" },
    ]);
    const mine = createEnricher({ hazard: "flood", model });
    const other = createEnricher({ hazard: "flood", model });
    const post = "Le lavoir communal de Bégaar est plein de vase, on commence le curage demain";
    const before = mine.enrich({ text: post });
    for (let i = 0; i < 3; i++) mine.learn({ text: "Le lavoir de Bégaar est plein de vase après le passage de l'eau", relevant: true, category: "INFRASTRUCTURE" });
    const after = mine.enrich({ text: post });
    expect(mine.labelsLearned()).toBe(3);
    expect(after.category).toBe("INFRASTRUCTURE");
    expect(after.relevance).toBeGreaterThanOrEqual(before.relevance);
    expect(other.enrich({ text: post })).toEqual(before);
    expect(other.labelsLearned()).toBe(0);
  });

  it("weighs each correction less as they accumulate, while their total influence keeps growing", () => {
    expect(correctionWeight(1)).toBeGreaterThan(correctionWeight(50));
    expect(correctionWeight(50)).toBeGreaterThan(correctionWeight(500));
    expect(correctionWeight(10_000)).toBeGreaterThanOrEqual(1);
    expect(200 * correctionWeight(200)).toBeGreaterThan(50 * correctionWeight(50));
  });

  it("trains the seed model in under a second", () => {
    const started = performance.now();
    createEnricher({ hazard: "wildfire" }).enrich({ text: "Feu de forêt près de Landiras" });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("suggestReportCategory", () => {
  it("maps information types to the hazard's report categories", () => {
    expect(suggestReportCategory("flood", "INFRASTRUCTURE")).toBe("roads_cut");
    expect(suggestReportCategory("flood", "AFFECTED_PEOPLE")).toBe("people_in_danger");
    expect(suggestReportCategory("attack", "DONATIONS_VOLUNTEERING")).toBe("shelter_offers");
    expect(suggestReportCategory("wildfire", "RESCUE_RESPONSE")).toBe("resources_engaged");
    expect(suggestReportCategory("flood", "SYMPATHY")).toBeNull();
  });
});

describe("stemEnglish", () => {
  it("brings inflections together", () => {
    expect(new Set(["flooded", "flooding", "floods"].map(stemEnglish))).toEqual(new Set(["flood"]));
    expect(stemEnglish("trapped")).toBe("trap");
  });
});
