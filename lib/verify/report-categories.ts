import type { ReportCategory } from "../activation/hazard-template-types";
import { db, type Tx } from "../db/client";
import { AppError } from "../errors";

/** The activation's report categories (from its hazard template); a report's category must be one of them. */
export async function requireReportCategory(tx: Tx, activationId: string, code: string): Promise<void> {
  const activation = await tx.activation.findUniqueOrThrow({ where: { id: activationId }, select: { reportCategories: true } });
  const categories = activation.reportCategories as ReportCategory[];
  if (!categories.some((category) => category.code === code)) throw new AppError("INVALID_INPUT", "category_invalid");
}

export async function getReportCategories(activationId: string): Promise<ReportCategory[]> {
  const activation = await db().activation.findUniqueOrThrow({ where: { id: activationId }, select: { reportCategories: true } });
  return activation.reportCategories as ReportCategory[];
}
