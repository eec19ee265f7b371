"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { MAP_FEATURE_KINDS } from "@/lib/map/feature-schemas";

export type FeatureFields = { kind: string; label: string; note: string };

/** Type, label and note of a drawn shape: asked after drawing, and to edit one. */
export function FeatureForm({ initial, busy, error, onSave, onCancel, onDelete }: { initial: FeatureFields; busy: boolean; error: string | null; onSave: (fields: FeatureFields) => void; onCancel: () => void; onDelete?: () => void }) {
  const t = useTranslations("map");
  const [fields, setFields] = useState(initial);
  return (
    <form
      className="panel small" style={{ display: "grid", gap: "0.5rem" }}
      data-testid="map-feature-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(fields);
      }}
    >
      <label>
        {t("featureKind")}
        <select value={fields.kind} onChange={(event) => setFields({ ...fields, kind: event.target.value })} data-testid="map-feature-kind">
          {MAP_FEATURE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("featureLabel")}
        <input value={fields.label} maxLength={200} onChange={(event) => setFields({ ...fields, label: event.target.value })} data-testid="map-feature-label" />
      </label>
      <label>
        {t("featureNote")}
        <textarea value={fields.note} maxLength={2000} rows={3} onChange={(event) => setFields({ ...fields, note: event.target.value })} />
      </label>
      {error ? <p className="alert error" role="alert">{error}</p> : null}
      <div style={{ display: "flex", gap: 8 }}>
        <button type="submit" disabled={busy} data-testid="map-feature-save">{t("save")}</button>
        <button type="button" onClick={onCancel}>{t("cancel")}</button>
        {onDelete ? <button type="button" onClick={onDelete} disabled={busy} data-testid="map-feature-delete">{t("delete")}</button> : null}
      </div>
    </form>
  );
}
