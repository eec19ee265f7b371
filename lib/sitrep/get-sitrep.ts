import { db } from "../db/client";
import { AppError, requireUuid } from "../errors";
import type { SitrepData } from "./sitrep-data";

export type Sitrep = { id: string; number: number; asOf: Date; summary: string; authorName: string; createdAt: Date; updatedAt: Date; data: SitrepData };

/** One situation report of the activation. Callers check read access. */
export async function getSitrep(activationId: string, sitrepId: string): Promise<Sitrep> {
  requireUuid(sitrepId, "sitrep_not_found");
  const row = await db().situationReport.findFirst({ where: { id: sitrepId, activationId }, select: { id: true, number: true, asOf: true, summary: true, authorName: true, createdAt: true, updatedAt: true, data: true } });
  if (!row) throw new AppError("NOT_FOUND", "sitrep_not_found");
  return { ...row, data: row.data as unknown as SitrepData };
}

/** The activation's situation reports, newest first (without their data). */
export async function listSitreps(activationId: string) {
  return db().situationReport.findMany({ where: { activationId }, orderBy: { number: "desc" }, select: { id: true, number: true, asOf: true, authorName: true, createdAt: true, updatedAt: true } });
}
