import { db } from "../db/client";
import type { QueryScope } from "./query-scope";

export type ConfirmedReport = {
  id: string;
  title: string;
  category: string;
  severity: number;
  currency: string;
  placeName: string | null;
  lat: number | null;
  lon: number | null;
  precision: string | null;
  observedAt: Date;
  updatedAt: Date;
};

/** Confirmed reports with a place, for the map: current ones first, then the most severe (at most `limit`). */
export async function confirmedForMap({ activationId, now }: QueryScope, limit = 2000): Promise<ConfirmedReport[]> {
  return db().$queryRaw<ConfirmedReport[]>`
    SELECT "id", "title", "category", "severity", "currency"::text AS currency, "placeName", "lat", "lon", "precision", "observedAt", "updatedAt"
    FROM "Report"
    WHERE "activationId" = ${activationId}::uuid AND "status" = 'CONFIRMED' AND "mergedIntoId" IS NULL
      AND "lat" IS NOT NULL AND "createdAt" <= ${now}
    ORDER BY ("currency" = 'CURRENT') DESC, "severity" DESC, "updatedAt" DESC
    LIMIT ${limit}`;
}

/** The latest confirmed reports: current ones first, then by last change. */
export async function latestConfirmed({ activationId, now }: QueryScope, limit = 10): Promise<ConfirmedReport[]> {
  return db().$queryRaw<ConfirmedReport[]>`
    SELECT "id", "title", "category", "severity", "currency"::text AS currency, "placeName", "lat", "lon", "precision", "observedAt", "updatedAt"
    FROM "Report"
    WHERE "activationId" = ${activationId}::uuid AND "status" = 'CONFIRMED' AND "mergedIntoId" IS NULL AND "createdAt" <= ${now}
    ORDER BY ("currency" = 'CURRENT') DESC, "updatedAt" DESC
    LIMIT ${limit}`;
}

/**
 * Every confirmed report (current first, then the most severe), for a
 * situation report's facts and its CSV and GeoJSON exports: no cap unless
 * the caller sets one (LIMIT NULL is no limit).
 */
export async function confirmedFacts({ activationId, now }: QueryScope, limit: number | null = null): Promise<ConfirmedReport[]> {
  return db().$queryRaw<ConfirmedReport[]>`
    SELECT "id", "title", "category", "severity", "currency"::text AS currency, "placeName", "lat", "lon", "precision", "observedAt", "updatedAt"
    FROM "Report"
    WHERE "activationId" = ${activationId}::uuid AND "status" = 'CONFIRMED' AND "mergedIntoId" IS NULL AND "createdAt" <= ${now}
    ORDER BY ("currency" = 'CURRENT') DESC, "category", "placeName" NULLS LAST, "severity" DESC, "observedAt" DESC, "id"
    LIMIT ${limit}`;
}
