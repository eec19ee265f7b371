/**
 * The one clock that time-dependent rules read (leases, rate limits, expiries),
 * so tests can move time instead of sleeping.
 */
export type Clock = { now: () => Date };

const holder = globalThis as unknown as { __vigieClock?: Clock };

export const systemClock: Clock = { now: () => new Date() };

export function clock(): Clock {
  return holder.__vigieClock ?? systemClock;
}

/** Replaces the process clock (tests only); returns a function that restores it. */
export function setClock(next: Clock): () => void {
  const previous = holder.__vigieClock;
  holder.__vigieClock = next;
  return () => {
    holder.__vigieClock = previous;
  };
}
