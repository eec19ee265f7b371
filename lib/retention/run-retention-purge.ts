import { clock } from "../clock";
import { db } from "../db/client";
import { mutate } from "../db/mutate";
import { registerBuiltinRetentionHandlers } from "./builtin-handlers";
import { purgers } from "../personal-data/registry";

export type PurgeReport = { activationId: string; name: string; results: Record<string, number> }[];

/**
 * Purges personal data of every closed activation whose retention period has
 * passed (closedAt + retentionDays), once: each purger runs in one transaction
 * per activation, then the activation is marked purged and a RetentionRun row
 * keeps the anonymous counts of what went. Run on a schedule by the server and
 * on demand by an admin. `actorId` is null for the schedule.
 */
export async function runRetentionPurge(options: { actorId: string | null; kind?: "scheduled" | "manual" }): Promise<PurgeReport> {
  registerBuiltinRetentionHandlers();
  const now = clock().now();
  const candidates = await db().activation.findMany({
    where: { closedAt: { not: null }, purgedAt: null },
    select: { id: true, name: true, closedAt: true, retentionDays: true },
  });
  const due = candidates.filter((a) => a.closedAt!.getTime() + a.retentionDays * 24 * 3600_000 <= now.getTime());
  const report: PurgeReport = [];
  for (const activation of due) {
    const results = await mutate(options.actorId ? { id: options.actorId } : null, async ({ tx, audit }) => {
      const counts: Record<string, number> = {};
      for (const purger of purgers()) counts[purger.kind] = await purger.purge({ tx, activationId: activation.id, now });
      await tx.activation.update({ where: { id: activation.id }, data: { purgedAt: now } });
      await tx.retentionRun.create({ data: { kind: options.kind ?? "scheduled", activationId: activation.id, actorId: options.actorId, results: counts, at: now } });
      await audit({ action: "retention.purge", entity: "Activation", entityId: activation.id, activationId: activation.id, after: counts });
      return counts;
    });
    report.push({ activationId: activation.id, name: activation.name, results });
  }
  return report;
}
