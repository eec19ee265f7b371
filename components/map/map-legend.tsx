"use client";

import { useTranslations } from "next-intl";
import { reportIconHtml, reportMarkerStyle } from "./report-marker-style";

/** What the pins mean: a colour and glyph per category, solid when confirmed, hollow while unverified, a red ring when urgent. */
export function MapLegend({ categories }: { categories: { code: string; label: string }[] }) {
  const t = useTranslations("map");
  const pin = (html: string) => <span style={{ display: "inline-block", verticalAlign: "middle", marginRight: 6 }} dangerouslySetInnerHTML={{ __html: html }} />;
  return (
    <details className="small" open data-testid="map-legend">
      <summary>{t("legend")}</summary>
      <ul style={{ listStyle: "none", padding: 0, margin: "4px 0" }}>
        {categories.map((category) => (
          <li key={category.code}>
            {pin(reportIconHtml(reportMarkerStyle({ category: category.code, status: "CONFIRMED", severity: 1 })))}
            {category.label}
          </li>
        ))}
      </ul>
      <ul style={{ listStyle: "none", padding: 0, margin: "4px 0" }}>
        <li>{pin(reportIconHtml(reportMarkerStyle({ category: "other", status: "CONFIRMED", severity: 1 })))}{t("legendConfirmed")}</li>
        <li>{pin(reportIconHtml(reportMarkerStyle({ category: "other", status: "NEW", severity: 1 })))}{t("legendUnverified")}</li>
        <li>{pin(reportIconHtml(reportMarkerStyle({ category: "other", status: "FALSE", severity: 1 })))}{t("legendDiscarded")}</li>
        <li>{pin(reportIconHtml(reportMarkerStyle({ category: "other", status: "CONFIRMED", severity: 4 })))}{t("legendUrgent")}</li>
        <li>◯ {t("legendApprox")}</li>
      </ul>
    </details>
  );
}
