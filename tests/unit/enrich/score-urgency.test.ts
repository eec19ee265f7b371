import { describe, expect, it } from "vitest";
import { scoreUrgency } from "@/lib/enrich/score-urgency";

const urgent = (text: string) => scoreUrgency(text, "fr").urgent;

describe("scoreUrgency", () => {
  it("flags calls for help, people trapped or on roofs, with the words that triggered it", () => {
    const result = scoreUrgency("Au secours on est coincés sur le toit avec les enfants", "fr");
    expect(result.urgent).toBe(true);
    expect(result.triggers).toEqual(expect.arrayContaining(["au secours", "coinces"]));
    expect(urgent("SOS l'eau monte dans la maison")).toBe(true);
  });

  it("flags an elderly or disabled person alone in danger, and a number given to call", () => {
    expect(urgent("Ma grand-mère de 90 ans vit seule, l'eau entre chez elle, qui peut l'aider ? 06 12 34 56 78")).toBe(true);
    expect(urgent("Une dame en fauteuil roulant est coincée au rez-de-chaussée")).toBe(true);
  });

  it("reads 'personne' as a pronoun in 'personne ne répond' and 'il n'y a personne', as a person otherwise", () => {
    expect(urgent("Personne ne répond au service client depuis 2h")).toBe(false);
    expect(urgent("Il n'y a personne dans les maisons évacuées")).toBe(false);
    expect(urgent("Une personne coincée dans sa voiture, l'eau monte vite !")).toBe(true);
  });

  it("tells a figurative 'je coule' from a literal one", () => {
    expect(urgent("Je coule sous le boulot cette semaine")).toBe(false);
    expect(urgent("Je coule !! la voiture est emportée, je suis sur le toit")).toBe(true);
  });

  it("is not urgent when the post denies casualties or says people are safe", () => {
    expect(urgent("Pas de blessés, aucune victime, tout le monde est sain et sauf")).toBe(false);
    expect(urgent("Aucune victime à déplorer après la crue")).toBe(false);
    expect(urgent("Deux personnes hélitreuillées cette nuit, elles sont saines et sauves")).toBe(false);
  });

  it("scores plain information as zero", () => {
    expect(scoreUrgency("Route coupée entre Dax et Tartas, déviation par la N124", "fr")).toEqual({ score: 0, urgent: false, triggers: [] });
  });
});
