import { db } from "../db/client";
import { AppError } from "../errors";
import type { Checklist } from "./checklist";

export type ReportDetail = Awaited<ReturnType<typeof getReport>>;

/**
 * A report with what stands behind it: its posts, evidence (who, when), the
 * pending review, and its full history from the audit log. Callers check read access.
 */
export async function getReport(activationId: string, reportId: string) {
  const report = await db().report.findFirst({
    where: { id: reportId, activationId },
    include: {
      createdBy: { select: { id: true, name: true } },
      posts: { orderBy: { addedAt: "asc" }, include: { post: { select: { id: true, network: true, url: true, authorHandle: true, authorName: true, text: true, postedAt: true, media: true, deletedAt: true } } } },
      evidence: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
      reviews: { orderBy: { requestedAt: "asc" }, include: { requestedBy: { select: { id: true, name: true } }, decidedBy: { select: { id: true, name: true } } } },
      rumours: { include: { rumour: { select: { id: true, claim: true, status: true } } } },
    },
  });
  if (!report) throw new AppError("NOT_FOUND", "report_not_found");
  // A merged report's history stays part of the report it joined.
  const merged = await db().report.findMany({ where: { mergedIntoId: reportId }, select: { id: true } });
  const history = await db().auditLog.findMany({
    where: { entity: "Report", entityId: { in: [reportId, ...merged.map((m) => m.id)] } },
    orderBy: { id: "asc" },
    select: { id: true, action: true, at: true, after: true, actor: { select: { name: true } } },
  });
  return {
    ...report,
    checklist: report.checklist as Checklist,
    posts: report.posts.map(({ post }) => ({ ...post, id: post.id.toString() })),
    evidence: report.evidence.map((e) => ({ ...e, postId: e.postId?.toString() ?? null })),
    rumours: report.rumours.map((r) => r.rumour),
    pendingReview: report.reviews.find((r) => !r.decidedAt) ?? null,
    history: history.map((h) => ({ id: h.id.toString(), action: h.action, at: h.at, actor: h.actor?.name ?? null, after: h.after })),
  };
}
