"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { PublicationOutcome } from "./publication-outcome";
import { CopyField } from "./copy-field";

type Settings = { publicMapAllowed: boolean; publicPrecision: "grid" | "commune"; publicGridMeters: number; mapTileUrl: string; mapTileAttribution: string; mapOfflineOnly: boolean };

/** The public map switch, its precision, its link and iframe snippet, and the activation's basemap. */
export function PublicMapSettingsForm({ initial, publicUrl, action }: { initial: Settings; publicUrl: string; action: (previous: ActionResult | null, data: FormData) => Promise<ActionResult> }) {
  const t = useTranslations("publish.settings");
  const [result, run, pending] = useActionState(action, null);
  // Controlled: a refused value stays on screen to be corrected (a form action resets uncontrolled fields).
  const [values, setValues] = useState(initial);
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => setValues((current) => ({ ...current, [key]: value }));
  const precision = values.publicPrecision;
  const snippet = `<iframe src="${publicUrl}" title="Carte publique" width="100%" height="600" style="border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
  return (
    <form action={run} className="panel stack" data-testid="public-map-settings" style={{ marginTop: "1rem" }}>
      <h2>{t("title")}</h2>
      <p className="muted small">{t("intro")}</p>
      <label className="inline">
        <input type="checkbox" name="publicMapAllowed" checked={values.publicMapAllowed} onChange={(e) => set("publicMapAllowed", e.target.checked)} data-testid="public-map-enabled" />
        {t("enabled")}
      </label>
      <div className="grid2">
        <label>
          {t("precision")}
          <select name="publicPrecision" value={precision} onChange={(e) => set("publicPrecision", e.target.value as Settings["publicPrecision"])}>
            <option value="grid">{t("precisionGrid")}</option>
            <option value="commune">{t("precisionCommune")}</option>
          </select>
        </label>
        <label>
          {t("gridMeters")}
          <input type="number" name="publicGridMeters" min={500} max={50000} step={100} value={values.publicGridMeters} onChange={(e) => set("publicGridMeters", Number(e.target.value))} disabled={precision !== "grid"} />
        </label>
      </div>
      {precision !== "grid" ? <input type="hidden" name="publicGridMeters" value={values.publicGridMeters} /> : null}
      {initial.publicMapAllowed ? (
        <>
          <CopyField label={t("link")} value={publicUrl} testId="public-map-link" />
          <p className="small">
            <a href={publicUrl} target="_blank" rel="noopener" data-testid="public-map-open">{t("open")}</a> ·{" "}
            <a href={`${publicUrl.replace("/public/", "/api/public/")}/geojson`} target="_blank" rel="noopener">{t("geojson")}</a>
          </p>
          <CopyField label={t("iframe")} value={snippet} multiline testId="public-map-iframe" />
        </>
      ) : (
        <p className="muted small">{t("off")}</p>
      )}
      <h3>{t("basemapTitle")}</h3>
      <label>
        {t("tileUrl")}
        <input name="mapTileUrl" value={values.mapTileUrl} onChange={(e) => set("mapTileUrl", e.target.value)} placeholder="https://tile.openstreetmap.org/{z}/{x}/{y}.png" />
      </label>
      <label>
        {t("tileAttribution")}
        <input name="mapTileAttribution" value={values.mapTileAttribution} onChange={(e) => set("mapTileAttribution", e.target.value)} maxLength={300} />
      </label>
      <label className="inline">
        <input type="checkbox" name="mapOfflineOnly" checked={values.mapOfflineOnly} onChange={(e) => set("mapOfflineOnly", e.target.checked)} data-testid="map-offline-only" />
        {t("offlineOnly")}
      </label>
      <PublicationOutcome result={result} success={t("saved")} />
      <button className="button" type="submit" disabled={pending} data-testid="save-public-map">
        {t("save")}
      </button>
    </form>
  );
}
