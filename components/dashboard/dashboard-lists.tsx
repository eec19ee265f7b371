import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ElapsedTimer } from "@/components/escalation/elapsed-timer";
import type { Dashboard } from "@/lib/dashboard/get-dashboard";

type Labeller = (code: string) => string;

/** Reports by status, category and severity. */
export async function BreakdownPanel({ dashboard, categoryLabel }: { dashboard: Dashboard; categoryLabel: Labeller }) {
  const t = await getTranslations("dashboard");
  const { figures } = dashboard;
  const list = (entries: [string, number][], label: (key: string) => string, testId: string) => (
    <ul className="breakdown" data-testid={testId}>
      {entries.map(([key, count]) => (
        <li key={key}>
          <span>{label(key)}</span> <strong>{count}</strong>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="grid3">
      <div>
        <h3>{t("breakdown.byStatus")}</h3>
        {list(Object.entries(figures.byStatus), (key) => t(`statuses.${key}` as "statuses.NEW"), "by-status")}
      </div>
      <div>
        <h3>{t("breakdown.byCategory")}</h3>
        {list(Object.entries(figures.byCategory).sort((a, b) => b[1] - a[1]), categoryLabel, "by-category")}
      </div>
      <div>
        <h3>{t("breakdown.bySeverity")}</h3>
        {list(Object.entries(figures.bySeverity).sort((a, b) => Number(b[0]) - Number(a[0])), (key) => t(`severities.${key}` as "severities.1"), "by-severity")}
      </div>
    </div>
  );
}

/** The latest confirmed reports, current ones first. */
export async function LatestConfirmedPanel({ dashboard, activationId, categoryLabel, timeZone, linked }: { dashboard: Dashboard; activationId: string; categoryLabel: Labeller; timeZone: string; linked: boolean }) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  if (dashboard.latest.length === 0) return <p className="muted">{t("empty.confirmed")}</p>;
  return (
    <ul className="dash-list" data-testid="latest-confirmed">
      {dashboard.latest.map((report) => (
        <li key={report.id} className={report.currency === "CURRENT" ? undefined : "muted"}>
          {linked ? <Link href={`/activations/${activationId}/reports/${report.id}`}>{report.title}</Link> : <strong>{report.title}</strong>}
          <span className="small">
            {" "}
            — {categoryLabel(report.category)}, {t(`severities.${report.severity}` as "severities.1")}
            {report.placeName ? `, ${report.placeName}` : ""} · {format.dateTime(report.observedAt, { dateStyle: "short", timeStyle: "short", timeZone })}
            {report.currency !== "CURRENT" ? ` · ${t(`currencies.${report.currency}` as "currencies.RESOLVED")}` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Urgent escalations nobody acknowledged yet, each with how long it has waited. Answering
 * happens in the authority's alert or on the escalations page (linked).
 */
export async function OpenEscalationsPanel({ dashboard, activationId, timeZone }: { dashboard: Dashboard; activationId: string; timeZone: string }) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  if (dashboard.escalations.count === 0) return <p className="muted">{t("empty.escalations")}</p>;
  return (
    <ul className="dash-list alerting" data-testid="open-escalations">
      {dashboard.escalations.items.map((escalation) => (
        <li key={escalation.id}>
          <Link href={`/activations/${activationId}/reports/${escalation.reportId}`}>{escalation.reportTitle}</Link>
          <span className="small"> — {format.dateTime(escalation.createdAt, { timeStyle: "short", timeZone })}{escalation.message ? ` · ${escalation.message}` : ""}</span>{" "}
          <ElapsedTimer since={new Date(escalation.createdAt).toISOString()} />
        </li>
      ))}
      <li>
        <Link href={`/activations/${activationId}/escalations`}>{t("allEscalations")}</Link>
      </li>
    </ul>
  );
}

/** Rumours still under watch, the most spread first. */
export async function RumoursPanel({ dashboard, activationId }: { dashboard: Dashboard; activationId: string }) {
  const t = await getTranslations("dashboard");
  if (dashboard.rumours.length === 0) return <p className="muted">{t("empty.rumours")}</p>;
  return (
    <ul className="dash-list" data-testid="rumours-under-watch">
      {dashboard.rumours.map((rumour) => (
        <li key={rumour.id}>
          <Link href={`/activations/${activationId}/rumours/${rumour.id}`}>{rumour.claim}</Link>
          <span className="small"> — {t("rumourSpread", { posts: rumour.posts, reports: rumour.reports })}</span>
        </li>
      ))}
    </ul>
  );
}

/** Relay messages published and not withdrawn (written by the relay feature). */
export async function RelayPanel({ dashboard, timeZone }: { dashboard: Dashboard; timeZone: string }) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  if (dashboard.relay.length === 0) return <p className="muted">{t("empty.relay")}</p>;
  return (
    <ul className="dash-list" data-testid="relay-in-force">
      {dashboard.relay.map((message) => (
        <li key={message.id}>
          <strong>{message.title}</strong>
          <span className="small">
            {" "}
            — {message.publishedAt ? format.dateTime(message.publishedAt, { dateStyle: "short", timeStyle: "short", timeZone }) : ""}
            {message.networks.length ? ` · ${message.networks.join(", ")}` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Each source and its state: running, paused, failing (with its last error). */
export async function SourcesPanel({ dashboard, timeZone }: { dashboard: Dashboard; timeZone: string }) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  if (dashboard.sources.length === 0) return <p className="muted">{t("empty.sources")}</p>;
  return (
    <table data-testid="sources-health">
      <tbody>
        {dashboard.sources.map((source) => (
          <tr key={source.id}>
            <td>{source.name}</td>
            <td>
              <span className={`badge ${!source.enabled ? "off" : source.status === "ERROR" ? "urgent" : "on"}`}>{source.enabled ? t(`sourceStatus.${source.status}` as "sourceStatus.IDLE") : t("sourceStatus.DISABLED")}</span>
            </td>
            <td className="small">{source.lastItemAt ? t("lastItem", { at: format.dateTime(source.lastItemAt, { timeStyle: "short", timeZone }) }) : "—"}</td>
            <td className="small">{source.status === "ERROR" ? source.lastError : ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
