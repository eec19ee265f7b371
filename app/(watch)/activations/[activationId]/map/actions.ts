"use server";

import { toActionError, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { createMapFeature } from "@/lib/map/create-map-feature";
import { deleteMapFeature } from "@/lib/map/delete-map-feature";
import { MapFeatureConflictError } from "@/lib/map/map-feature-conflict";
import type { MapFeatureDto } from "@/lib/map/map-feature-dto";
import { moveReport } from "@/lib/verify/move-report";
import { updateMapFeature } from "@/lib/map/update-map-feature";
import type { MapReportEvent } from "@/lib/realtime/events";
import { ReportConflictError } from "@/lib/verify/update-report";

export type MapFeatureResult = ({ ok: true; feature?: MapFeatureDto } | Extract<ActionResult, { ok: false }>) & { currentVersion?: number };
export type MoveReportResult = { ok: true; moved: MapReportEvent } | (Extract<ActionResult, { ok: false }> & { by?: string | null });

// Live updates reach every open map through `map:feature` / `map:report` events: no revalidation needed.

export async function createMapFeatureAction(activationId: string, input: unknown): Promise<MapFeatureResult> {
  try {
    return { ok: true, feature: await createMapFeature(await requireUser(), activationId, input) };
  } catch (error) {
    return toActionError(error) as MapFeatureResult;
  }
}

export async function updateMapFeatureAction(activationId: string, featureId: string, input: unknown): Promise<MapFeatureResult> {
  try {
    return { ok: true, feature: await updateMapFeature(await requireUser(), activationId, featureId, input) };
  } catch (error) {
    if (error instanceof MapFeatureConflictError) return { ok: false, error: "map_feature_changed", currentVersion: error.currentVersion };
    return toActionError(error) as MapFeatureResult;
  }
}

export async function deleteMapFeatureAction(activationId: string, featureId: string, input: unknown): Promise<MapFeatureResult> {
  try {
    await deleteMapFeature(await requireUser(), activationId, featureId, input);
    return { ok: true };
  } catch (error) {
    if (error instanceof MapFeatureConflictError) return { ok: false, error: "map_feature_changed", currentVersion: error.currentVersion };
    return toActionError(error) as MapFeatureResult;
  }
}

export async function moveReportAction(activationId: string, reportId: string, input: unknown): Promise<MoveReportResult> {
  try {
    return { ok: true, moved: await moveReport(await requireUser(), activationId, reportId, input) };
  } catch (error) {
    if (error instanceof ReportConflictError) return { ok: false, error: "report_changed", by: error.current.by };
    return toActionError(error) as MoveReportResult;
  }
}
