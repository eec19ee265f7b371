/**
 * node --import tsx tests/bench/solidarity.bench.ts — suggestMatches on boards of growing size
 * (open needs and offers spread over the Landes' communes, nine types) and commune search by
 * name over the whole gazetteer. Prints figures; the last line is JSON.
 */
import { loadGazetteer } from "../../lib/places/load-gazetteer";
import { searchCommunes } from "../../lib/places/search-communes";
import { SOLIDARITY_TYPES } from "../../lib/solidarity/schemas";
import { suggestMatches, type MatchCandidate } from "../../lib/solidarity/suggest-matches";

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function board(size: number, rand: () => number): MatchCandidate[] {
  const communes = loadGazetteer().communes.filter((c) => c.departement === "40");
  return Array.from({ length: size }, (_, i) => {
    const commune = communes[Math.floor(rand() * communes.length)];
    return { id: String(i), side: rand() < 0.5 ? "NEED" : "OFFER", type: SOLIDARITY_TYPES[Math.floor(rand() * SOLIDARITY_TYPES.length)], status: "OPEN", lat: commune.lat, lon: commune.lon };
  });
}

function time<T>(work: () => T, runs: number): { ms: number; result: T } {
  let result = work();
  const start = performance.now();
  for (let i = 0; i < runs; i++) result = work();
  return { ms: (performance.now() - start) / runs, result };
}

function main(): void {
  const rand = random(11);
  const figures: Record<string, number> = {};
  for (const size of [200, 1_000, 5_000]) {
    const items = board(size, rand);
    const all = time(() => suggestMatches(items), size >= 5_000 ? 3 : 20);
    const board3 = time(() => suggestMatches(items, 20, 3), size >= 5_000 ? 3 : 20);
    figures[`match_${size}_ms`] = Math.round(all.ms * 10) / 10;
    figures[`match_${size}_board_ms`] = Math.round(board3.ms * 10) / 10;
    console.log(`suggestMatches, ${size} open items: every pair ${all.ms.toFixed(1)} ms (${all.result.length}); board (3 per need) ${board3.ms.toFixed(1)} ms (${board3.result.length})`);
  }
  searchCommunes("dax");
  const queries = ["da", "dax", "mont de", "saint paul les", "peyrehorade", "aire sur", "biscarrosse", "hossegor"];
  const { ms } = time(() => queries.map((q) => searchCommunes(q, { departements: ["40"] })), 20);
  figures.commune_search_ms = Math.round((ms / queries.length) * 100) / 100;
  console.log(`searchCommunes over ${loadGazetteer().communes.length} communes: ${(ms / queries.length).toFixed(2)} ms per query`);
  console.log(JSON.stringify(figures));
}

main();
