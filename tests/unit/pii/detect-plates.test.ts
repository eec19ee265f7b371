import { describe, expect, it } from "vitest";
import { detectPersonalData } from "@/lib/pii/detect-personal-data";
import { CONTEXTS, flagsOf, seededRandom } from "./seeded-random";

const rng = seededRandom(40100);
const SIV_LETTERS = "ABCDEFGHJKLMNPQRSTVWXYZ".split("");
const pair = () => {
  for (;;) {
    const p = rng.pick(SIV_LETTERS) + rng.pick(SIV_LETTERS);
    // SS and WW are not issued; common words spaced out ("LA", "DE") are covered elsewhere.
    if (!["SS", "WW", "LA", "LE", "DE", "EN", "ET", "CE", "SE", "NE", "SA", "MA", "TA", "VA", "AN", "AS", "AT", "BY", "HE", "WE", "BE", "MY", "ME", "TE", "ES", "KM", "CM", "MM", "MN", "KG", "HA", "KW", "MW", "GW", "HZ", "PM", "AM", "VS", "MB", "GB", "KB"].includes(p)) return p;
  }
};
const number = () => String(rng.int(1, 999)).padStart(3, "0");
const DEPARTEMENTS = ["01", "13", "2A", "2B", "33", "40", "64", "75", "95", "971", "974"];

describe("detectPersonalData — licence plates that must be flagged with their exact span", () => {
  const cases: string[] = [];
  for (let i = 0; i < 150; i++) {
    const [a, n, b] = [pair(), number(), pair()];
    cases.push(`${a}-${n}-${b}`, `${a} ${n} ${b}`, `${a}${n}${b}`, `${a.toLowerCase()}-${n}-${b.toLowerCase()}`);
    const fniLetters = rng.pick(["AB", "XYZ", "BCF", "GT", "RNP", "QZ"]);
    const fniNumber = String(rng.int(1, 9999));
    const dept = rng.pick(DEPARTEMENTS);
    cases.push(`${fniNumber} ${fniLetters} ${dept}`, `${fniNumber}${fniLetters}${dept}`, `${fniNumber}-${fniLetters}-${dept}`);
  }
  it(`flags ${cases.length} generated SIV and FNI plates`, () => {
    const failures: string[] = [];
    cases.forEach((plate, i) => {
      const [before, after] = CONTEXTS[i % CONTEXTS.length];
      const text = `${before}voiture grise ${plate} abandonnée${after}`;
      const start = text.indexOf(plate);
      const got = flagsOf(detectPersonalData(text), "plate");
      if (JSON.stringify(got) !== JSON.stringify([{ start, end: start + plate.length }])) failures.push(`${JSON.stringify(text)} → ${JSON.stringify(got)}`);
    });
    expect(failures).toEqual([]);
  });
});

describe("detectPersonalData — roads, flights and codes are not plates", () => {
  const quiet = [
    "D824 coupée entre Dax et Tartas, A63 fermée, RN10 ralentie, RD 947 sous l'eau, N 124 ok.",
    "Vol AF1234 annulé, AF 7412 dévié, TGV 8541 supprimé, TER 866012 retardé.",
    "RDV À 18H30, PUIS ENTRE 14 H 30 ET 16 H 00, DE 120 KM EN 2 H.",
    "DU 12 AU 14 JUIN, LE 112 ET LE 18. VIGILANCE ROUGE.",
    "Code postal 40100, INSEE 40088, SDIS 40, EHPAD de 120 lits, 2 300 foyers.",
    "Palettes 5 X 10, tuyaux 100 MM 40, 3 KM 40 de bouchon.",
    "Ticket AB-1234-CD, commande FR123456, lot 2026-06-12.",
    "https://example.org/AB-123-CD #AB123CD @AB123CD",
    "on a fait de 150 ms en 100 km",
    "LA 100 KM, sur 4 rangs. SOS.",
  ];
  it.each(quiet)("%s", (text) => {
    expect(flagsOf(detectPersonalData(text), "plate")).toEqual([]);
  });
});
