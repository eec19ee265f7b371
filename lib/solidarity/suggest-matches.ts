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

export function suggestMatches(items: readonly MatchCandidate[], maxKm: number = MATCH_RADIUS_KM): SuggestedMatch[] {
  const located = items.filter((item) => item.status === "OPEN" && item.lat !== null && item.lon !== null);
  const needs = located.filter((item) => item.side === "NEED");
  const offersByType = new Map<string, MatchCandidate[]>();
  for (const offer of located) {
    if (offer.side !== "OFFER") continue;
    const list = offersByType.get(offer.type);
    if (list) list.push(offer);
    else offersByType.set(offer.type, [offer]);
  }
  const matches: (SuggestedMatch & { needAt: number; offerAt: number })[] = [];
  for (const need of needs) {
    for (const offer of offersByType.get(need.type) ?? []) {
      const distanceKm = distanceKmBetween(need.lat!, need.lon!, offer.lat!, offer.lon!);
      if (distanceKm > maxKm) continue;
      // Ties (same commune) go to the older need, then the older offer: first come, first served.
      matches.push({ needId: need.id, offerId: offer.id, distanceKm, needAt: need.createdAt?.getTime() ?? 0, offerAt: offer.createdAt?.getTime() ?? 0 });
    }
  }
  return matches
    .sort((a, b) => a.distanceKm - b.distanceKm || a.needAt - b.needAt || a.offerAt - b.offerAt)
    .map(({ needId, offerId, distanceKm }) => ({ needId, offerId, distanceKm: Math.round(distanceKm * 10) / 10 }));
}

/** Haversine distance in kilometres, good to a few metres at a département's scale. */
export function distanceKmBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}
