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

/**
 * One situation report with only its first `shown` confirmed reports (cut in
 * SQL: a big activation's snapshot holds tens of thousands) and how many it
 * holds, for the page; the PDF and the exports read them all with getSitrep.
 */
export async function getSitrepHead(activationId: string, sitrepId: string, shown: number): Promise<Sitrep & { confirmedCount: number }> {
  requireUuid(sitrepId, "sitrep_not_found");
  const [row] = await db().$queryRaw<(Omit<Sitrep, "data"> & { data: unknown; confirmedCount: number })[]>`
    SELECT "id", "number", "asOf", "summary", "authorName", "createdAt", "updatedAt",
           jsonb_set("data", '{confirmed}', COALESCE((SELECT jsonb_agg(t.e ORDER BY t.i) FROM jsonb_array_elements("data"->'confirmed') WITH ORDINALITY AS t(e, i) WHERE t.i <= ${shown}), '[]'::jsonb)) AS data,
           COALESCE(jsonb_array_length("data"->'confirmed'), 0)::int AS "confirmedCount"
    FROM "SituationReport" WHERE "id" = ${sitrepId}::uuid AND "activationId" = ${activationId}::uuid`;
  if (!row) throw new AppError("NOT_FOUND", "sitrep_not_found");
  return { ...row, data: row.data as SitrepData };
}

/** The activation's situation reports, newest first (without their data). */
export async function listSitreps(activationId: string) {
  return db().situationReport.findMany({ where: { activationId }, orderBy: { number: "desc" }, select: { id: true, number: true, asOf: true, authorName: true, createdAt: true, updatedAt: true } });
}
