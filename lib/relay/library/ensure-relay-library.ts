import { db } from "../../db/client";
import { BUILT_IN_INSTRUCTIONS } from "./built-in-instructions";

/**
 * Adds the built-in instructions missing from RelayTemplate, by key. Idempotent, and it never
 * overwrites a coordinator's edit of a built-in (the row with that key is left as it is).
 */
export async function ensureRelayLibrary(): Promise<number> {
  const existing = new Set((await db().relayTemplate.findMany({ where: { key: { not: null } }, select: { key: true } })).map((row) => row.key));
  const missing = BUILT_IN_INSTRUCTIONS.filter((instruction) => !existing.has(instruction.key));
  if (missing.length === 0) return 0;
  const { count } = await db().relayTemplate.createMany({
    data: missing.map(({ key, hazard, title, body, sourceName, sourceUrl, hashtags }) => ({ key, hazard, title, body, sourceName, sourceUrl, hashtags })),
    // Two processes starting at once: the unique key makes the second insert a no-op.
    skipDuplicates: true,
  });
  return count;
}
