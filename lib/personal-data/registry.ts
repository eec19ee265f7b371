import type { Tx } from "../db/client";

/**
 * The retention framework's plug-in points, run by lib/retention (purges,
 * data-subject requests). Each kind of data that holds
 * personal data (posts, media, reports, solidarity contacts… — each issue adds
 * its own) registers:
 * - a purger, run for an activation once its retention period has passed:
 *   removes or redacts the personal data and returns how many items it touched;
 * - a subject handler, for data-subject requests about one author handle or
 *   person: finds, exports and erases what is held about them.
 * Kept on globalThis: the server and Next's bundle share one registry.
 */
export type PurgeContext = { tx: Tx; activationId: string; now: Date };
export type Purger = { kind: string; purge: (ctx: PurgeContext) => Promise<number> };

export type SubjectItem = { kind: string; id: string; activationId: string | null; summary: string; data: unknown };
export type SubjectHandler = {
  kind: string;
  find: (tx: Tx, subject: string) => Promise<SubjectItem[]>;
  erase: (tx: Tx, subject: string) => Promise<number>;
};

type Registry = { purgers: Map<string, Purger>; subjects: Map<string, SubjectHandler> };
const holder = globalThis as unknown as { __vigieRetention?: Registry };

function registry(): Registry {
  holder.__vigieRetention ??= { purgers: new Map(), subjects: new Map() };
  return holder.__vigieRetention;
}

export function registerPurger(purger: Purger): void {
  registry().purgers.set(purger.kind, purger);
}

export function registerSubjectHandler(handler: SubjectHandler): void {
  registry().subjects.set(handler.kind, handler);
}

export function purgers(): Purger[] {
  return [...registry().purgers.values()];
}

export function subjectHandlers(): SubjectHandler[] {
  return [...registry().subjects.values()];
}
