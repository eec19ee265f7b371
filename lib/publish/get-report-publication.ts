import { db } from "../db/client";
import { AppError } from "../errors";
import { suggestPublicText } from "./check-public-text";

export type ReportPublication = Awaited<ReturnType<typeof getReportPublication>>;

/**
 * What the report's « Publication » panel shows: its state, its public texts (or a redacted
 * suggestion made from the title and description when none were written yet) and whether the
 * activation's public map is on. Callers check read access.
 */
export async function getReportPublication(activationId: string, reportId: string) {
  const report = await db().report.findFirst({
    where: { id: reportId, activationId },
    select: {
      status: true,
      version: true,
      published: true,
      publishedAt: true,
      publicTitle: true,
      publicSummary: true,
      title: true,
      description: true,
      mergedIntoId: true,
      activation: { select: { slug: true, publicMapAllowed: true } },
      _count: { select: { posts: { where: { post: { deletedAt: { not: null } } } } } },
    },
  });
  if (!report) throw new AppError("NOT_FOUND", "report_not_found");
  const suggested = report.publicTitle === null;
  return {
    status: report.status,
    version: report.version,
    published: report.published,
    publishedAt: report.publishedAt,
    publicTitle: report.publicTitle ?? suggestPublicText(report.title).slice(0, 200),
    publicSummary: report.publicSummary ?? suggestPublicText(report.description).slice(0, 2000),
    suggested,
    merged: report.mergedIntoId !== null,
    postDeleted: report._count.posts > 0,
    slug: report.activation.slug,
    publicMapAllowed: report.activation.publicMapAllowed,
  };
}
