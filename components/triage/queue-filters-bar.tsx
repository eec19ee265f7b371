"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { INFORMATION_TYPES } from "@/lib/enrich/information-types";

export type QueueFilterValues = { category?: string; urgentOnly?: boolean; lang?: string; network?: string; hasMedia?: boolean; insee?: string };
type SavedView = { name: string; filters: QueueFilterValues };

const LANGUAGES = ["fr", "en", "es", "de", "it", "nl", "pt", "eu", "oc"];
const STORAGE_KEY = "vigie.triage.views";

/**
 * What the queue is narrowed to, and saved views: a volunteer keeps named
 * filter sets (e.g. "urgent, English") in this browser and switches in one choice.
 */
export function QueueFiltersBar({ filters, onChange, networks, places }: { filters: QueueFilterValues; onChange: (next: QueueFilterValues) => void; networks: string[]; places: { insee: string; name: string }[] }) {
  const t = useTranslations("triage");
  const types = useTranslations("infoTypes");
  const [views, setViews] = useState<SavedView[]>([]);
  useEffect(() => {
    try {
      setViews(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "[]") as SavedView[]);
    } catch {
      setViews([]);
    }
  }, []);
  const store = (next: SavedView[]) => {
    setViews(next);
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  };
  const save = () => {
    const name = window.prompt(t("viewName"))?.trim();
    if (name) store([...views.filter((v) => v.name !== name), { name, filters }]);
  };
  const set = (patch: QueueFilterValues) => onChange({ ...filters, ...patch });
  return (
    <>
      <select aria-label={t("filterCategory")} value={filters.category ?? ""} onChange={(e) => set({ category: e.target.value || undefined })}>
        <option value="">{t("allCategories")}</option>
        {INFORMATION_TYPES.filter((type) => type !== "NOT_RELEVANT").map((type) => (
          <option key={type} value={type}>
            {types(type)}
          </option>
        ))}
      </select>
      <select aria-label={t("filterLanguage")} value={filters.lang ?? ""} onChange={(e) => set({ lang: e.target.value || undefined })}>
        <option value="">{t("allLanguages")}</option>
        {LANGUAGES.map((lang) => (
          <option key={lang}>{lang}</option>
        ))}
      </select>
      <select aria-label={t("filterNetwork")} value={filters.network ?? ""} onChange={(e) => set({ network: e.target.value || undefined })}>
        <option value="">{t("allNetworks")}</option>
        {[...new Set([...networks, ...(filters.network ? [filters.network] : [])])].sort().map((network) => (
          <option key={network}>{network}</option>
        ))}
      </select>
      <select aria-label={t("filterPlace")} value={filters.insee ?? ""} onChange={(e) => set({ insee: e.target.value || undefined })}>
        <option value="">{t("allPlaces")}</option>
        {[...new Map(places.map((place) => [place.insee, place])).values()]
          .sort((a, b) => a.name.localeCompare(b.name, "fr"))
          .map((place) => (
            <option key={place.insee} value={place.insee}>
              {place.name}
            </option>
          ))}
      </select>
      <label className="inline">
        <input type="checkbox" checked={!!filters.hasMedia} onChange={(e) => set({ hasMedia: e.target.checked || undefined })} />
        {t("hasMedia")}
      </label>
      <label className="inline">
        <input type="checkbox" checked={!!filters.urgentOnly} onChange={(e) => set({ urgentOnly: e.target.checked || undefined })} />
        {t("urgentOnly")}
      </label>
      <select aria-label={t("savedViews")} value="" onChange={(e) => e.target.value !== "" && onChange(views[Number(e.target.value)]?.filters ?? {})}>
        <option value="">{t("savedViews")}</option>
        {views.map((view, index) => (
          <option key={view.name} value={index}>
            {view.name}
          </option>
        ))}
      </select>
      <button type="button" className="button secondary" onClick={save}>
        {t("saveView")}
      </button>
    </>
  );
}
