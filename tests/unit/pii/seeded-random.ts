/** A small seeded generator (mulberry32) so generated cases are the same on every run. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    digits: (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join(""),
  };
}

/** Sentences a value is dropped into: what comes before and after it in real posts. */
export const CONTEXTS: readonly [string, string][] = [
  ["Contact : ", ""],
  ["Appelez-moi au ", " 🙏"],
  ["", " #Landes #crue"],
  ["URGENT (", ") merci"],
  ["Mon frère est bloqué, ", ", il ne répond plus."],
  ["🆘 ", "\nPartagez svp"],
  ["Need help: ", " asap"],
  ["Tel:", " !!!"],
];

export function flagsOf(flags: { kind: string; start: number; end: number }[], kind: string) {
  return flags.filter((f) => f.kind === kind).map(({ start, end }) => ({ start, end }));
}
