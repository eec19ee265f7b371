"use server";

import { revalidatePath } from "next/cache";
import { toActionError, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { publishMapFeature, unpublishMapFeature } from "@/lib/publish/publish-map-feature";
import { PersonalDataRefusal } from "@/lib/publish/publish-errors";
import { publishReport } from "@/lib/publish/publish-report";
import { unpublishReport } from "@/lib/publish/unpublish-report";
import { updatePublicMapSettings } from "@/lib/publish/update-public-map-settings";

import type { PublishActionResult } from "@/lib/publish/publish-action-result";

function refusal(error: unknown): PublishActionResult {
  if (error instanceof PersonalDataRefusal) return { ok: false, error: "personal_data_found", flags: error.flags };
  return toActionError(error);
}

export async function publishReportAction(activationId: string, reportId: string, _previous: PublishActionResult | null, data: FormData): Promise<PublishActionResult> {
  try {
    await publishReport(await requireUser(), activationId, reportId, {
      publicTitle: String(data.get("publicTitle") ?? ""),
      publicSummary: String(data.get("publicSummary") ?? ""),
      version: data.get("version") ? Number(data.get("version")) : undefined,
    });
    revalidatePath(`/activations/${activationId}/reports/${reportId}`);
    return { ok: true, message: "published" };
  } catch (error) {
    return refusal(error);
  }
}

export async function unpublishReportAction(activationId: string, reportId: string): Promise<PublishActionResult> {
  try {
    await unpublishReport(await requireUser(), activationId, reportId);
    revalidatePath(`/activations/${activationId}/reports/${reportId}`);
    return { ok: true, message: "unpublished" };
  } catch (error) {
    return refusal(error);
  }
}

export async function publishFeatureAction(activationId: string, featureId: string, input: { publicLabel: string; version?: number }): Promise<PublishActionResult> {
  try {
    await publishMapFeature(await requireUser(), activationId, featureId, input);
    return { ok: true, message: "published" };
  } catch (error) {
    return refusal(error);
  }
}

export async function unpublishFeatureAction(activationId: string, featureId: string): Promise<PublishActionResult> {
  try {
    await unpublishMapFeature(await requireUser(), activationId, featureId);
    return { ok: true, message: "unpublished" };
  } catch (error) {
    return refusal(error);
  }
}

export async function updatePublicMapSettingsAction(activationId: string, _previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  try {
    const text = (name: string) => String(data.get(name) ?? "").trim() || null;
    await updatePublicMapSettings(await requireUser(), activationId, {
      publicMapAllowed: data.get("publicMapAllowed") === "on",
      publicPrecision: data.get("publicPrecision"),
      publicGridMeters: data.get("publicGridMeters"),
      mapTileUrl: text("mapTileUrl"),
      mapTileAttribution: text("mapTileAttribution"),
      mapOfflineOnly: data.get("mapOfflineOnly") === "on",
    });
    revalidatePath(`/activations/${activationId}/settings`);
    return { ok: true, message: "saved" };
  } catch (error) {
    return toActionError(error);
  }
}
