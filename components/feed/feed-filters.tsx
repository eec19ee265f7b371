"use client";

import { useTranslations } from "next-intl";
import type { FeedPost } from "@/lib/ingest/feed-post";
import { INFORMATION_TYPES } from "@/lib/enrich/information-types";
import { foldText } from "@/lib/text/fold-text";

export type FeedFilterState = { sourceId: string; network: string; lang: string; q: string; hasMedia: boolean; hasGeo: boolean; category: string; hideNotRelevant: boolean };

export function matchesFilters(post: FeedPost, f: FeedFilterState): boolean {
  if (f.sourceId && post.sourceId !== f.sourceId) return false;
  if (f.network && post.network !== f.network) return false;
  if (f.lang && post.lang !== f.lang) return false;
  if (f.hasMedia && post.media.length === 0) return false;
  if (f.hasGeo && !post.geo) return false;
  if (f.category && post.understanding?.category !== f.category) return false;
  if (f.hideNotRelevant && post.understanding?.category === "NOT_RELEVANT") return false;
  if (f.q && !foldText(`${post.text} ${post.authorHandle ?? ""} ${post.authorName ?? ""}`).includes(foldText(f.q))) return false;
  return true;
}

type Props = { value: FeedFilterState; onChange: (next: FeedFilterState) => void; sources: { id: string; name: string }[]; networks: string[]; languages: string[] };

export function FeedFilters({ value, onChange, sources, networks, languages }: Props) {
  const t = useTranslations("feed");
  const types = useTranslations("infoTypes");
  const set = (patch: Partial<FeedFilterState>) => onChange({ ...value, ...patch });
  return (
    <div className="feed-filters">
      <input aria-label={t("keyword")} placeholder={t("keyword")} value={value.q} onChange={(e) => set({ q: e.target.value })} />
      <select aria-label={t("source")} value={value.sourceId} onChange={(e) => set({ sourceId: e.target.value })}>
        <option value="">{t("allSources")}</option>
        {sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <select aria-label={t("network")} value={value.network} onChange={(e) => set({ network: e.target.value })}>
        <option value="">{t("allNetworks")}</option>
        {networks.map((n) => (
          <option key={n}>{n}</option>
        ))}
      </select>
      <select aria-label={t("language")} value={value.lang} onChange={(e) => set({ lang: e.target.value })}>
        <option value="">{t("allLanguages")}</option>
        {languages.map((l) => (
          <option key={l}>{l}</option>
        ))}
      </select>
      <select aria-label={t("category")} value={value.category} onChange={(e) => set({ category: e.target.value })}>
        <option value="">{t("allCategories")}</option>
        {INFORMATION_TYPES.map((type) => (
          <option key={type} value={type}>
            {types(type)}
          </option>
        ))}
      </select>
      <label className="inline">
        <input type="checkbox" checked={value.hideNotRelevant} onChange={(e) => set({ hideNotRelevant: e.target.checked })} />
        {t("hideNotRelevant")}
      </label>
      <label className="inline">
        <input type="checkbox" checked={value.hasMedia} onChange={(e) => set({ hasMedia: e.target.checked })} />
        {t("hasMedia")}
      </label>
      <label className="inline">
        <input type="checkbox" checked={value.hasGeo} onChange={(e) => set({ hasGeo: e.target.checked })} />
        {t("hasGeo")}
      </label>
    </div>
  );
}
