"use client";

import type { Map as LeafletMap } from "leaflet";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { CircleMarker } from "react-leaflet";
import type { ReportCategory } from "@/lib/activation/hazard-template-types";
import type { ReportPoint } from "@/lib/map/grid-aggregates";
import type { MapPageData } from "@/lib/map/get-map-page-data";
import type { MapFeatureDto } from "@/lib/map/map-feature-dto";
import type { ActivationEventEnvelope, MapFeatureEvent } from "@/lib/realtime/events";
import { useSocket } from "../realtime/realtime-provider";
import BaseMap from "./base-map";
import { CommuneSearch } from "./commune-search";
import { AreaOutline, CommuneCircles, PostDots } from "./context-layers";
import { DrawnFeaturesLayer } from "./drawn-features-layer";
import { FeaturePublishControl, type FeaturePublishActions } from "@/components/publish/feature-publish-control";
import { FeatureForm, type FeatureFields } from "./feature-form";
import { filterParams, initialFilters, initialLayers, type MapFilterState, type MapLayers } from "./map-filter-state";
import { MapFiltersPanel } from "./map-filters-panel";
import { MapLegend } from "./map-legend";
import { ReportLayer } from "./report-layer";
import { useMapFeatures, type FeatureActions } from "./use-map-features";
import { useMapView } from "./use-map-view";

export type WatchMapProps = {
  activationId: string;
  data: Omit<MapPageData, "categories"> & { categories: ReportCategory[] };
  featureActions: FeatureActions;
  moveReport: (reportId: string, input: unknown) => Promise<{ ok: boolean; error?: string }>;
  /** Coordinators publish drawings to the public map. */
  publishActions: FeaturePublishActions;
};

type Editing = { geometry: unknown; feature: null } | { geometry: null; feature: MapFeatureDto };

/** The watch-room map: server-side clusters per viewport, filters, live drawings, moving reports. */
export default function WatchMap({ activationId, data, featureActions, moveReport, publishActions }: WatchMapProps) {
  const t = useTranslations("map");
  const locale = useLocale();
  const socket = useSocket();
  const [map, setMap] = useState<LeafletMap | null>(null);
  const [filters, setFilters] = useState<MapFilterState>(initialFilters);
  const [layers, setLayers] = useState<MapLayers>(initialLayers);
  const { view, loading, reload } = useMapView(activationId, map, filters, layers);
  const features = useMapFeatures(activationId, featureActions);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [movingId, setMovingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const categories = useMemo(() => data.categories.map((c) => ({ code: c.code, label: locale === "fr" ? c.label.fr : c.label.en })), [data.categories, locale]);
  const categoryLabel = useCallback((code: string) => categories.find((c) => c.code === code)?.label ?? code, [categories]);

  // Live: drawings from every open map, moved and changed reports (re-ask the viewport, debounced).
  const reloadTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    if (!socket) return;
    const onEvent = (event: ActivationEventEnvelope) => {
      if (event.activationId !== activationId) return;
      if (event.type === "map:feature") features.apply(event.payload as MapFeatureEvent);
      else if (event.type === "map:report" || event.type === "report:changed" || event.type === "report:created") {
        clearTimeout(reloadTimer.current);
        reloadTimer.current = setTimeout(reload, event.type === "map:report" ? 50 : 800);
      }
    };
    socket.on("activation:event", onEvent);
    return () => void socket.off("activation:event", onEvent);
  }, [socket, activationId, features.apply, reload]); // eslint-disable-line react-hooks/exhaustive-deps

  // Stable callbacks: the report layer is memoised, so a filter or loading change does not redraw every marker.
  const onMoved = useCallback(
    async (report: ReportPoint, lat: number, lon: number) => {
      const result = await moveReport(report.id, { version: report.version, lat: round(lat), lon: round(lon) });
      setMovingId(null);
      setNotice(result.ok ? t("moved") : t(result.error === "report_changed" ? "reportConflict" : "saveFailed"));
      reload();
    },
    [moveReport, reload, t],
  );
  const onStartMove = useCallback(
    (id: string) => {
      map?.closePopup();
      setMovingId(id);
    },
    [map],
  );
  const onMovedSync = useCallback((report: ReportPoint, lat: number, lon: number) => void onMoved(report, lat, lon), [onMoved]);

  const saveFeature = async (fields: FeatureFields) => {
    if (!editing || saving) return;
    // One save at a time: a double click must not draw the same shape twice.
    setSaving(true);
    const ok = await (editing.feature ? features.update(editing.feature, fields) : features.create({ ...fields, geometry: editing.geometry })).finally(() => setSaving(false));
    if (ok) setEditing(null);
  };

  const errorText = features.error ? t(features.error === "map_feature_changed" ? "featureConflict" : "saveFailed") : null;
  const exportHref = `/api/activations/${activationId}/map/export?${filterParams(filters)}`;
  return (
    <div className="watch-map-layout" style={{ display: "grid", gridTemplateColumns: "280px 1fr", gap: "0.75rem", alignItems: "start" }}>
      <aside style={{ display: "grid", gap: "0.6rem", maxHeight: "calc(100vh - 140px)", overflowY: "auto" }}>
        <CommuneSearch activationId={activationId} onPick={(hit) => map?.flyTo([hit.lat, hit.lon], 13, { duration: 0.6 })} />
        <p className="small muted" data-testid="map-total" data-total={view.total} aria-live="polite">
          {loading ? t("loading") : t("total", { count: view.total })}
        </p>
        {notice ? <p className="alert info small" role="status" data-testid="map-notice">{notice}</p> : null}
        {errorText ? <p className="alert error small" role="alert" data-testid="map-error">{errorText}</p> : null}
        {movingId ? <p className="alert info small" data-testid="map-moving">{t("moveHint")} <button type="button" className="link" onClick={() => setMovingId(null)}>{t("cancel")}</button></p> : null}
        {editing ? (
          <FeatureForm
            key={editing.feature?.id ?? "new"}
            initial={editing.feature ? { kind: editing.feature.kind, label: editing.feature.label, note: editing.feature.note } : { kind: "FLOODED_AREA", label: "", note: "" }}
            busy={saving}
            error={errorText}
            onSave={(fields) => void saveFeature(fields)}
            onCancel={() => setEditing(null)}
            onDelete={editing.feature && data.canDraw ? () => void features.remove(editing.feature!).then((ok) => ok && setEditing(null)) : undefined}
          />
        ) : null}
        {editing?.feature && data.canPublish ? (
          <FeaturePublishControl
            key={`${editing.feature.id}:${editing.feature.version}`}
            actions={publishActions}
            featureId={editing.feature.id}
            version={editing.feature.version}
            label={editing.feature.label}
            published={editing.feature.published}
            publicLabel={editing.feature.publicLabel}
          />
        ) : null}
        {data.canExport ? <a className="button small" href={exportHref} download data-testid="map-export">{t("export")}</a> : null}
        <MapFiltersPanel filters={filters} onFilters={setFilters} layers={layers} onLayers={setLayers} categories={categories} since={data.since} />
        <MapLegend categories={categories} />
      </aside>
      <BaseMap
        className="watch-map"
        style={{ height: "calc(100vh - 140px)", minHeight: 420 }}
        tileUrl={data.tiles.tileUrl}
        attribution={data.tiles.attribution}
        offlineOnly={data.tiles.offlineOnly}
        bounds={data.focus ? undefined : data.bounds}
        center={data.focus ? [data.focus.lat, data.focus.lon] : undefined}
        zoom={data.focus?.zoom}
        onMapReady={setMap}
      >
        {layers.area ? <AreaOutline area={data.area} /> : null}
        {layers.communes && view.communes ? <CommuneCircles communes={view.communes} /> : null}
        {layers.posts && view.posts ? <PostDots posts={view.posts} /> : null}
        {layers.drawings ? (
          <DrawnFeaturesLayer
            features={features.list}
            canDraw={data.canDraw}
            locale={locale}
            onDrawn={(geometry) => setEditing({ geometry, feature: null })}
            onReshaped={(feature, geometry) => void features.update(feature, { geometry })}
            onRemoved={(feature) => features.remove(feature)}
            onSelect={(feature) => setEditing({ geometry: null, feature })}
          />
        ) : null}
        {data.focus ? <CircleMarker center={[data.focus.lat, data.focus.lon]} radius={20} interactive={false} pathOptions={{ color: "#d92d20", weight: 2, fill: false, dashArray: "4 3", className: "map-focus" }} /> : null}
        {layers.reports ? (
          <ReportLayer
            activationId={activationId}
            view={view}
            categoryLabel={categoryLabel}
            canMove={data.canDraw}
            movingId={movingId}
            onStartMove={onStartMove}
            onMoved={onMovedSync}
          />
        ) : null}
      </BaseMap>
    </div>
  );
}

function round(value: number): number {
  return Math.round(value * 100_000) / 100_000;
}
