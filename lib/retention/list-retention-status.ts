import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import { AppError } from "../errors";

export type RetentionStatus = {
  activations: { id: string; name: string; status: string; closedAt: Date | null; purgeDue: Date | null; purgedAt: Date | null }[];
  runs: { id: string; kind: string; activationName: string | null; results: Record<string, number>; at: Date }[];
};

/** The admin's retention screen: when each closed activation is purged, and what past runs removed. */
export async function listRetentionStatus(actor: SessionUser): Promise<RetentionStatus> {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Administrators only");
  const [activations, runs] = await Promise.all([
    db().activation.findMany({ select: { id: true, name: true, status: true, closedAt: true, purgedAt: true, retentionDays: true }, orderBy: { createdAt: "desc" } }),
    db().retentionRun.findMany({ orderBy: { at: "desc" }, take: 30 }),
  ]);
  const names = new Map(activations.map((a) => [a.id, a.name]));
  return {
    activations: activations.map((a) => ({
      id: a.id,
      name: a.name,
      status: a.status,
      closedAt: a.closedAt,
      purgedAt: a.purgedAt,
      purgeDue: a.closedAt ? new Date(a.closedAt.getTime() + a.retentionDays * 24 * 3600_000) : null,
    })),
    runs: runs.map((r) => ({ id: r.id.toString(), kind: r.kind, activationName: r.activationId ? (names.get(r.activationId) ?? null) : null, results: r.results as Record<string, number>, at: r.at })),
  };
}
