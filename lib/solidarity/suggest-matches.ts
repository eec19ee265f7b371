/**
 * Which open offers could answer which open needs: same type, both located,
 * at most `maxKm` apart (great-circle distance between their commune points),
 * nearest first. Pure: the board and the tests call it on plain rows.
 */
export const MATCH_RADIUS_KM = 20;

export type MatchCandidate = {
  id: string;
  side: "NEED" | "OFFER";
  type: string;
  status: "OPEN" | "MATCHED" | "CLOSED";
  lat: number | null;
  lon: number | null;
  createdAt?: Date;
};

export type SuggestedMatch = { needId: string; offerId: string; distanceKm: number };

/** `perNeed` keeps only each need's nearest offers (the board shows a few per need). */
export function suggestMatches(items: readonly MatchCandidate[], maxKm: number = MATCH_RADIUS_KM, perNeed: number = Infinity): SuggestedMatch[] {
  const located = items.filter((item) => item.status === "OPEN" && item.lat !== null && item.lon !== null);
  const needs = located.filter((item) => item.side === "NEED");
  const offersByType = new Map<string, MatchCandidate[]>();
  for (const offer of located) {
    if (offer.side !== "OFFER") continue;
    const list = offersByType.get(offer.type);
    if (list) list.push(offer);
    else offersByType.set(offer.type, [offer]);
  }
  // A degree of latitude is ~111 km everywhere: offers farther north or south are skipped before any trigonometry.
  const maxLatDelta = maxKm / 111 + 1e-6;
  type Ranked = SuggestedMatch & { needAt: number; offerAt: number };
  const byDistance = (a: Ranked, b: Ranked) => a.distanceKm - b.distanceKm || a.needAt - b.needAt || a.offerAt - b.offerAt;
  const matches: Ranked[] = [];
  for (const need of needs) {
    const mine: Ranked[] = [];
    for (const offer of offersByType.get(need.type) ?? []) {
      if (Math.abs(offer.lat! - need.lat!) > maxLatDelta) continue;
      const distanceKm = distanceKmBetween(need.lat!, need.lon!, offer.lat!, offer.lon!);
      if (distanceKm > maxKm) continue;
      // Ties (same commune) go to the older need, then the older offer: first come, first served.
      mine.push({ needId: need.id, offerId: offer.id, distanceKm, needAt: need.createdAt?.getTime() ?? 0, offerAt: offer.createdAt?.getTime() ?? 0 });
    }
    matches.push(...(Number.isFinite(perNeed) ? mine.sort(byDistance).slice(0, perNeed) : mine));
  }
  return matches.sort(byDistance).map(({ needId, offerId, distanceKm }) => ({ needId, offerId, distanceKm: Math.round(distanceKm * 10) / 10 }));
}

/** Haversine distance in kilometres, good to a few metres at a département's scale. */
export function distanceKmBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}
