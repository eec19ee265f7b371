import { describe, expect, it } from "vitest";
import { distanceKmBetween, suggestMatches, type MatchCandidate } from "../../../lib/solidarity/suggest-matches";

// Commune centres of the Landes (approximate, as in the gazetteer).
const DAX = { lat: 43.7102, lon: -1.0535 };
const SAINT_PAUL_LES_DAX = { lat: 43.7267, lon: -1.0519 }; // ~2 km from Dax
const TARTAS = { lat: 43.8333, lon: -0.8083 }; // ~24 km from Dax
const MONT_DE_MARSAN = { lat: 43.8902, lon: -0.4999 }; // ~50 km from Dax
const PEYREHORADE = { lat: 43.5459, lon: -1.1064 }; // ~19 km from Dax

const item = (id: string, side: "NEED" | "OFFER", type: string, at: { lat: number; lon: number } | null, status: MatchCandidate["status"] = "OPEN"): MatchCandidate => ({
  id,
  side,
  type,
  status,
  lat: at?.lat ?? null,
  lon: at?.lon ?? null,
});

describe("suggestMatches", () => {
  it("proposes an open offer of the same type within 20 km", () => {
    expect(suggestMatches([item("n1", "NEED", "SHELTER", DAX), item("o1", "OFFER", "SHELTER", SAINT_PAUL_LES_DAX)])).toEqual([{ needId: "n1", offerId: "o1", distanceKm: expect.closeTo(1.8, 0) }]);
  });

  it("never proposes an offer farther than 20 km", () => {
    expect(distanceKmBetween(DAX.lat, DAX.lon, TARTAS.lat, TARTAS.lon)).toBeGreaterThan(20);
    expect(suggestMatches([item("n1", "NEED", "SHELTER", DAX), item("o1", "OFFER", "SHELTER", TARTAS), item("o2", "OFFER", "SHELTER", MONT_DE_MARSAN)])).toEqual([]);
  });

  it("never proposes an offer of another type", () => {
    expect(suggestMatches([item("n1", "NEED", "SHELTER", DAX), item("o1", "OFFER", "TRANSPORT", DAX)])).toEqual([]);
  });

  it("never proposes matched or closed items, nor items without a place", () => {
    const items = [
      item("n1", "NEED", "FOOD", DAX),
      item("o-matched", "OFFER", "FOOD", DAX, "MATCHED"),
      item("o-closed", "OFFER", "FOOD", DAX, "CLOSED"),
      item("o-nowhere", "OFFER", "FOOD", null),
      item("n-closed", "NEED", "WATER", DAX, "CLOSED"),
      item("o-water", "OFFER", "WATER", DAX),
    ];
    expect(suggestMatches(items)).toEqual([]);
  });

  it("never pairs two needs or two offers", () => {
    expect(suggestMatches([item("n1", "NEED", "FOOD", DAX), item("n2", "NEED", "FOOD", DAX), item("o1", "OFFER", "WATER", DAX), item("o2", "OFFER", "WATER", DAX)])).toEqual([]);
  });

  it("lists the nearest first", () => {
    const matches = suggestMatches([
      item("n1", "NEED", "TRANSPORT", DAX),
      item("o-far", "OFFER", "TRANSPORT", PEYREHORADE),
      item("o-near", "OFFER", "TRANSPORT", SAINT_PAUL_LES_DAX),
      item("o-same", "OFFER", "TRANSPORT", DAX),
    ]);
    expect(matches.map((m) => m.offerId)).toEqual(["o-same", "o-near", "o-far"]);
    expect(matches[0].distanceKm).toBe(0);
    expect(matches[2].distanceKm).toBeLessThanOrEqual(20);
  });

  it("honours another radius", () => {
    expect(suggestMatches([item("n1", "NEED", "OTHER", DAX), item("o1", "OFFER", "OTHER", PEYREHORADE)], 5)).toEqual([]);
  });
});

describe("suggestMatches per need", () => {
  it("keeps only each need's nearest offers when asked", () => {
    const matches = suggestMatches(
      [item("n1", "NEED", "FOOD", DAX), item("o-far", "OFFER", "FOOD", PEYREHORADE), item("o-near", "OFFER", "FOOD", SAINT_PAUL_LES_DAX), item("o-same", "OFFER", "FOOD", DAX)],
      20,
      2,
    );
    expect(matches.map((m) => m.offerId)).toEqual(["o-same", "o-near"]);
  });
});
