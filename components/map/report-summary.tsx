"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReportPoint } from "@/lib/map/grid-aggregates";

/** The popup of a report on the map: what it says, where, when, and a link to its page. */
export function ReportSummary({ activationId, report, categoryLabel, canMove, onMove }: { activationId: string; report: ReportPoint; categoryLabel: string; canMove: boolean; onMove: () => void }) {
  const t = useTranslations("map");
  const format = useFormatter();
  return (
    <div className="map-report-summary" data-testid="map-report-summary">
      <strong>{report.title}</strong>
      <div className="small">
        {categoryLabel} · {t(`statuses.${report.status}` as "statuses.NEW")} · {t("severity", { severity: report.severity })}
      </div>
      <div className="small muted">
        {report.placeName ? `${report.placeName} (${t(`precisions.${report.precision ?? "point"}` as "precisions.point")}) · ` : ""}
        {format.dateTime(new Date(report.observedAt), { dateStyle: "short", timeStyle: "short" })}
      </div>
      <div style={{ marginTop: 6, display: "flex", gap: 8 }}>
        <Link href={`/activations/${activationId}/reports/${report.id}`} data-testid="map-open-report">
          {t("openReport")}
        </Link>
        {canMove ? (
          <button type="button" className="link" onClick={onMove} data-testid="map-move-report">
            {t("moveReport")}
          </button>
        ) : null}
      </div>
    </div>
  );
}
