import { db } from "../db/client";

/** An activation's reports, newest first (current ones first unless asked otherwise). Callers check read access. */
export async function listReports(activationId: string, options: { currency?: "CURRENT" | "RESOLVED" | "OUTDATED"; limit?: number } = {}) {
  const rows = await db().report.findMany({
    where: { activationId, mergedIntoId: null, ...(options.currency ? { currency: options.currency } : {}) },
    orderBy: [{ createdAt: "desc" }],
    take: options.limit ?? 200,
    select: {
      id: true, title: true, category: true, severity: true, status: true, currency: true, observedAt: true, placeName: true, createdAt: true, version: true,
      createdBy: { select: { name: true } },
      _count: { select: { posts: true, evidence: true } },
      reviews: { where: { decidedAt: null }, select: { requestedStatus: true } },
    },
  });
  return rows.map((row) => ({ ...row, pendingStatus: row.reviews[0]?.requestedStatus ?? null }));
}
