import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DashboardLive } from "@/components/dashboard/dashboard-live";
import { LogEntryForm } from "@/components/eventlog/log-entry-form";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { EVENT_KINDS } from "@/lib/eventlog/event-kinds";
import { listEventLog, LOG_PAGE_ROWS, logFilterSchema } from "@/lib/eventlog/list-event-log";
import { addLogEntryAction } from "./actions";

export default async function EventLogPage({ params, searchParams }: { params: Promise<{ activationId: string }>; searchParams: Promise<Record<string, string>> }) {
  const { activationId } = await params;
  const query = await searchParams;
  const { access } = await requireActivationPage(activationId);
  const filter = logFilterSchema(access.activation.timeZone).parse(query);
  const [rows, t, format, locale] = await Promise.all([listEventLog(activationId, filter), getTranslations("eventLog"), getFormatter(), getLocale()]);
  const lang = locale === "en" ? "en" : "fr";
  const timeZone = access.activation.timeZone;
  const canWrite = access.capabilities.has("coordinate") || access.capabilities.has("acknowledge");
  const exportQuery = new URLSearchParams(Object.entries(query).filter(([key, value]) => ["kind", "from", "to", "q"].includes(key) && value)).toString();
  return (
    <main className="page wide">
      <DashboardLive activationId={activationId} postsEveryMs={Number.POSITIVE_INFINITY} />
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {canWrite ? (
        <section className="panel" style={{ marginBottom: "1rem" }}>
          <LogEntryForm action={addLogEntryAction.bind(null, activationId)} />
        </section>
      ) : null}
      <form method="get" className="inline-form" style={{ display: "flex", gap: ".5rem", flexWrap: "wrap", alignItems: "end", marginBottom: "1rem" }} data-testid="log-filters">
        <label>
          {t("kind")}
          <select name="kind" defaultValue={filter.kind ?? ""}>
            <option value="">{t("allKinds")}</option>
            {EVENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>{t(`kinds.${kind}`)}</option>
            ))}
          </select>
        </label>
        <label>
          {t("from")}
          <input type="datetime-local" name="from" defaultValue={query.from ?? ""} />
        </label>
        <label>
          {t("to")}
          <input type="datetime-local" name="to" defaultValue={query.to ?? ""} />
        </label>
        <label>
          {t("search")}
          <input type="search" name="q" defaultValue={filter.q ?? ""} />
        </label>
        <button className="button secondary" type="submit">{t("filter")}</button>
        <a className="button secondary" href={`/api/activations/${activationId}/log?${exportQuery}`} download data-testid="log-export">{t("exportCsv")}</a>
        <span className="small muted">{t("zoneHint", { zone: timeZone })}</span>
      </form>
      {rows.length === 0 ? <p className="muted">{t("empty")}</p> : null}
      {rows.length >= LOG_PAGE_ROWS ? <p className="small muted" data-testid="log-truncated">{t("truncated", { count: LOG_PAGE_ROWS })}</p> : null}
      <table className="log-table" data-testid="event-log">
        <thead>
          <tr>
            <th>{t("time")}</th>
            <th>{t("kind")}</th>
            <th>{t("event")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-kind={row.kind}>
              <td style={{ whiteSpace: "nowrap" }}>{format.dateTime(row.at, { dateStyle: "short", timeStyle: "medium", timeZone })}</td>
              <td><span className="badge">{t(`kinds.${row.kind}`)}</span></td>
              <td>
                {row.manual ? <strong>{row.actor} : </strong> : null}
                {row.sentence[lang]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
