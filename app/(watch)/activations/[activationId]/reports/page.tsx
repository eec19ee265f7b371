import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { NewReportPanel } from "@/components/report/new-report-panel";
import { RecordLiveRefresh } from "@/components/report/record-live-refresh";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { listReports } from "@/lib/verify/list-reports";
import { getReportCategories } from "@/lib/verify/report-categories";
import { createReportAction } from "./actions";

export default async function ReportsPage({ params }: { params: Promise<{ activationId: string }> }) {
  const { activationId } = await params;
  const { access } = await requireActivationPage(activationId);
  const [reports, categories, t, format, locale] = await Promise.all([listReports(activationId), getReportCategories(activationId), getTranslations("reports"), getFormatter(), getLocale()]);
  const label = (code: string) => categories.find((c) => c.code === code)?.label[locale === "en" ? "en" : "fr"] ?? code;
  return (
    <main className="page wide">
      <RecordLiveRefresh activationId={activationId} />
      <h1>{t("listTitle")}</h1>
      {access.capabilities.has("triage") ? (
        <div style={{ marginBottom: "1rem" }}>
          <NewReportPanel categories={categories} locale={locale} activationId={activationId} create={createReportAction.bind(null, activationId)} />
        </div>
      ) : null}
      {reports.length === 0 ? <p className="muted">{t("empty")}</p> : null}
      <table data-testid="reports-table">
        <thead>
          <tr>
            <th>{t("title")}</th>
            <th>{t("category")}</th>
            <th>{t("severity")}</th>
            <th>{t("status")}</th>
            <th>{t("currency")}</th>
            <th>{t("observedAt")}</th>
            <th>{t("evidenceCount")}</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => (
            <tr key={report.id}>
              <td>
                <Link href={`/activations/${activationId}/reports/${report.id}`}>{report.title}</Link>
                <div className="muted small">{report.createdBy?.name}</div>
              </td>
              <td>{label(report.category)}</td>
              <td>{t(`severities.${report.severity}` as "severities.1")}</td>
              <td>
                <span className={`badge status-${report.status}`}>{t(`statuses.${report.status}` as "statuses.NEW")}</span>
                {report.pendingStatus ? <div className="small muted">{t("awaiting", { status: t(`statuses.${report.pendingStatus}` as "statuses.NEW") })}</div> : null}
              </td>
              <td>{t(`currencies.${report.currency}` as "currencies.CURRENT")}</td>
              <td>{format.dateTime(report.observedAt, { dateStyle: "short", timeStyle: "short" })}</td>
              <td>
                {report._count.evidence} / {report._count.posts}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
