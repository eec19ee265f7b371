import { isHazard } from "../activation/hazards";
import { db } from "../db/client";
import { createEnricher, type Enricher, type InformationType } from "./create-enricher";

/**
 * One enricher per activation, built on first use: the shared seed model plus
 * this activation's volunteers' labels replayed from the database, so what
 * they taught survives a restart. A new or changed label drops the cached
 * enricher; the next batch rebuilds it (replaying a few hundred labels is a
 * matter of milliseconds).
 */
type Entry = { enricher: Enricher; hazard: string; departements: string[] };
const holder = globalThis as unknown as { __vigieEnrichers?: Map<string, Promise<Entry>> };

function cache(): Map<string, Promise<Entry>> {
  holder.__vigieEnrichers ??= new Map();
  return holder.__vigieEnrichers;
}

export function enricherFor(activationId: string): Promise<Entry> {
  let entry = cache().get(activationId);
  if (!entry) {
    entry = build(activationId);
    entry.catch(() => cache().delete(activationId));
    cache().set(activationId, entry);
  }
  return entry;
}

export function forgetEnricher(activationId: string): void {
  cache().delete(activationId);
}

async function build(activationId: string): Promise<Entry> {
  const activation = await db().activation.findUniqueOrThrow({ where: { id: activationId }, select: { hazard: true, departements: true } });
  const hazard = isHazard(activation.hazard) ? activation.hazard : "other";
  const enricher = createEnricher({ hazard });
  const labels = await db().postLabel.findMany({
    where: { activationId, post: { deletedAt: null } },
    orderBy: { labelledAt: "asc" },
    select: { relevant: true, category: true, urgent: true, post: { select: { text: true } } },
  });
  for (const label of labels) {
    if (!label.post.text) continue;
    enricher.learn({ text: label.post.text, relevant: label.relevant, category: (label.category ?? undefined) as InformationType | undefined, urgent: label.urgent ?? undefined });
  }
  return { enricher, hazard, departements: activation.departements };
}
