"use client";

import type { LatLngBoundsExpression } from "leaflet";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { categoryStyle, FEATURE_KIND_COLOR } from "@/components/map/report-marker-style";
import { PublicRelayPanel } from "@/components/relay/public-relay-panel";
import styles from "./public-map.module.css";
import { usePublicMapLive, type PublicFilters, type PublicItems } from "./use-public-map-live";

const PublicMapCanvas = dynamic(() => import("./public-map-canvas"), { ssr: false });

type Props = {
  slug: string;
  name: string;
  initial: PublicItems;
  filters: PublicFilters;
  categories: { code: string; label: { fr: string; en: string } }[];
  tile: { tileUrl: string; attribution: string; offlineOnly: boolean };
  bounds: [[number, number], [number, number]];
  locale: "fr" | "en";
  timeZone: string;
  precisionNote: string;
};

/** The public map page's live part: map, collapsible legend, filters and the list of published items. */
export function PublicMapView({ slug, name, initial, filters, categories, tile, bounds, locale, timeZone, precisionNote }: Props) {
  const t = useTranslations("publicMap");
  const { items, closed, live } = usePublicMapLive(slug, initial, filters);
  const format = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "short", timeStyle: "short", timeZone });
  const when = (iso: string) => format.format(new Date(iso));
  const otherLocale = locale === "fr" ? "en" : "fr";
  const query = (extra: Record<string, string>) => `?${new URLSearchParams({ window: filters.window, ...(filters.category ? { category: filters.category } : {}), ...extra })}`;
  const shownCategories = categories.filter((c) => items.reports.some((r) => r.category === c.code));
  const shownKinds = [...new Set(items.features.map((f) => f.kind))];
  return (
    <div className={styles.shell}>
      <header className={styles.top}>
        <h1 data-testid="public-map-title">{t("title", { name })}</h1>
        <span className={styles.live} data-testid="public-live">{live ? t("live") : t("offline")}</span>
        <a href={query({ lang: otherLocale })} hrefLang={otherLocale}>{t("switchLanguage")}</a>
      </header>
      {closed ? (
        <p className={styles.closed} data-testid="public-closed">{t("closed")}</p>
      ) : (
        <div className={styles.body}>
          <div className={styles.mapArea} data-testid="public-map">
            <PublicMapCanvas reports={items.reports} features={items.features} solidarity={items.solidarity} solidarityLabel={(item) => `${t(`solidaritySides.${item.side}`)} · ${t(`solidarityTypes.${item.type}` as "solidarityTypes.OTHER")}`} tile={tile} bounds={bounds as LatLngBoundsExpression} locale={locale} featureLabel={(kind) => t(`kinds.${kind}` as "kinds.OTHER")} when={when} />
            <details className={styles.legend} data-testid="public-legend">
              <summary>{t("legend")}</summary>
              <ul>
                {shownCategories.map((c) => (
                  <li key={c.code}><span className={styles.swatch} style={{ background: categoryStyle(c.code).color }} />{c.label[locale]}</li>
                ))}
                {shownKinds.map((kind) => (
                  <li key={kind}><span className={styles.swatch} style={{ background: FEATURE_KIND_COLOR[kind] ?? "#475467", borderRadius: 2 }} />{t(`kinds.${kind}` as "kinds.OTHER")}</li>
                ))}
                <li className={styles.meta}>{precisionNote}</li>
              </ul>
            </details>
          </div>
          <aside className={styles.side}>
            <form className={styles.filters} method="get">
              <input type="hidden" name="lang" value={locale} />
              <label>
                {t("window")}
                <select name="window" defaultValue={filters.window} onChange={(e) => e.currentTarget.form?.requestSubmit()}>
                  {(["1h", "6h", "24h", "all"] as const).map((w) => <option key={w} value={w}>{t(`windows.${w}`)}</option>)}
                </select>
              </label>
              <label>
                {t("category")}
                <select name="category" defaultValue={filters.category ?? ""} onChange={(e) => e.currentTarget.form?.requestSubmit()}>
                  <option value="">{t("allCategories")}</option>
                  {categories.map((c) => <option key={c.code} value={c.code}>{c.label[locale]}</option>)}
                </select>
              </label>
              <noscript><button className="button secondary" type="submit">{t("apply")}</button></noscript>
            </form>
            <PublicRelayPanel messages={items.messages} />
            <p className={styles.notice}>{precisionNote}</p>
            <h2 style={{ fontSize: "1rem" }}>{t("reportsTitle", { count: items.reports.length })}</h2>
            <ul className={styles.list} data-testid="public-report-list">
              {items.reports.map((r) => (
                <li key={r.id} data-testid="public-report" data-report-id={r.id} data-lat={r.lat ?? ""} data-lon={r.lon ?? ""}>
                  <h3>{r.title}</h3>
                  <div className={styles.meta}>
                    {r.categoryLabel[locale]} · {when(r.observedAt)} · {t(`currency.${r.currency}`)}
                    {r.placeName ? ` · ${t(r.area === "grid" ? "near" : "in", { place: r.placeName })}` : ""}
                  </div>
                  {r.summary ? <p style={{ margin: "0.3rem 0 0" }}>{r.summary}</p> : null}
                </li>
              ))}
            </ul>
            {items.reports.length === 0 ? <p className={styles.notice}>{t("empty")}</p> : null}
            {items.features.length ? (
              <>
                <h2 style={{ fontSize: "1rem" }}>{t("featuresTitle", { count: items.features.length })}</h2>
                <ul className={styles.list} data-testid="public-feature-list">
                  {items.features.map((f) => (
                    <li key={f.id}><strong>{f.label}</strong> <span className={styles.meta}>{t(`kinds.${f.kind}` as "kinds.OTHER")}</span></li>
                  ))}
                </ul>
              </>
            ) : null}
            {items.solidarity.length ? (
              <>
                <h2 style={{ fontSize: "1rem" }}>{t("solidarityTitle", { count: items.solidarity.length })}</h2>
                <ul className={styles.list} data-testid="public-solidarity-list">
                  {items.solidarity.map((item) => (
                    <li key={item.id}>
                      <strong>{item.title}</strong>
                      <div className={styles.meta}>
                        {t(`solidaritySides.${item.side}`)} · {t(`solidarityTypes.${item.type}` as "solidarityTypes.OTHER")}
                        {item.placeName ? ` · ${t("in", { place: item.placeName })}` : ""}
                        {item.status === "MATCHED" ? ` · ${t("solidarityMatched")}` : ""}
                      </div>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <p className={styles.notice}>
              <a href={`/api/public/${encodeURIComponent(slug)}/geojson${query({})}`} data-testid="public-geojson-link">{t("geojson")}</a>
            </p>
            <p className={styles.notice}>{t("footer")}</p>
          </aside>
        </div>
      )}
    </div>
  );
}
