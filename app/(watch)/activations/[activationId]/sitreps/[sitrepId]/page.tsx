import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DashboardLive } from "@/components/dashboard/dashboard-live";
import { SitrepSummaryForm } from "@/components/sitrep/sitrep-forms";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { isAppError } from "@/lib/errors";
import { getSitrepHead } from "@/lib/sitrep/get-sitrep";
import { updateSitrepAction } from "../actions";

/** Confirmed facts listed on the page; the CSV export has them all. */
const CONFIRMED_SHOWN = 200;

export default async function SitrepPage({ params }: { params: Promise<{ activationId: string; sitrepId: string }> }) {
  const { activationId, sitrepId } = await params;
  const { access } = await requireActivationPage(activationId);
  const sitrep = await getSitrepHead(activationId, sitrepId, CONFIRMED_SHOWN).catch((error: unknown) => {
    if (isAppError(error)) notFound();
    throw error;
  });
  const [t, format, locale] = await Promise.all([getTranslations("sitrep"), getFormatter(), getLocale()]);
  const lang = locale === "en" ? "en" : "fr";
  const { data } = sitrep;
  const timeZone = data.activation.timeZone;
  const when = (iso: string | Date | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "short", timeZone }) : "—");
  const category = (code: string) => data.categories.find((item) => item.code === code)?.[lang] ?? code;
  const exportBase = `/api/activations/${activationId}/sitreps/${sitrep.id}`;
  const figures: [string, number][] = [
    [t("figures.confirmed"), data.figures.byStatus.CONFIRMED ?? 0],
    [t("figures.confirmedHour"), data.figures.confirmedLastHour],
    [t("figures.inVerification"), (data.figures.byStatus.NEW ?? 0) + (data.figures.byStatus.IN_VERIFICATION ?? 0)],
    [t("figures.false"), data.figures.byStatus.FALSE ?? 0],
    [t("figures.total"), data.figures.total],
    [t("figures.openEscalations"), data.figures.openEscalations],
    [t("figures.posts"), data.figures.postsTotal],
  ];
  return (
    <main className="page wide">
      <DashboardLive activationId={activationId} postsEveryMs={Number.POSITIVE_INFINITY} />
      <h1 data-testid="sitrep-title">{t("numbered", { number: sitrep.number })}</h1>
      <p className="muted">
        {data.activation.ownerOrganization} — {data.activation.name} · {t("asOfLine", { at: when(data.asOf) })} · {t("byLine", { name: sitrep.authorName, at: when(sitrep.createdAt) })}
      </p>
      <p>
        <a className="button" href={`${exportBase}/pdf`} download data-testid="sitrep-pdf">{t("downloadPdf")}</a>{" "}
        <a className="button secondary" href={`${exportBase}/csv`} download>{t("downloadCsv")}</a>{" "}
        <a className="button secondary" href={`${exportBase}/geojson`} download>{t("downloadGeoJson")}</a>
      </p>
      <section className="key-figures">
        {figures.map(([label, value]) => (
          <div key={label} className="figure">
            <span className="figure-value">{value}</span>
            <span className="figure-label">{label}</span>
          </div>
        ))}
      </section>
      <section className="panel" style={{ marginBottom: "1rem" }}>
        <h2 style={{ marginTop: 0 }}>{t("summary")}</h2>
        {access.capabilities.has("coordinate") ? (
          <SitrepSummaryForm action={updateSitrepAction.bind(null, activationId, sitrep.id)} summary={sitrep.summary} since={sitrep.updatedAt.toISOString()} />
        ) : (
          <p style={{ whiteSpace: "pre-wrap" }}>{sitrep.summary || t("noSummary")}</p>
        )}
      </section>
      <div className="grid2">
        <section className="panel">
          <h2 style={{ marginTop: 0 }}>{t("confirmedFacts")}</h2>
          {data.confirmed.length === 0 ? <p className="muted">{t("none")}</p> : null}
          <ul className="dash-list">
            {data.confirmed.map((report) => (
              <li key={report.id}>
                <strong>{report.placeName ?? "—"}</strong> — {report.title} <span className="small muted">({category(report.category)}, {when(report.observedAt)})</span>
              </li>
            ))}
          </ul>
          {sitrep.confirmedCount > CONFIRMED_SHOWN ? <p className="small muted">{t("moreInCsv", { count: sitrep.confirmedCount - CONFIRMED_SHOWN })}</p> : null}
        </section>
        <section className="panel">
          <h2 style={{ marginTop: 0 }}>{t("communes")}</h2>
          <table>
            <tbody>
              {data.communes.map((row) => (
                <tr key={row.commune}>
                  <td>{row.commune}</td>
                  <td>{row.confirmed} / {row.total}</td>
                  <td className="small">{Object.entries(row.byCategory).map(([code, count]) => `${category(code)} ${count}`).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t("escalations")}</h2>
          {data.escalations.length === 0 ? <p className="muted">{t("none")}</p> : null}
          <ul className="dash-list">
            {data.escalations.map((escalation) => (
              <li key={escalation.id}>
                {escalation.reportTitle} — {escalation.status === "ACKNOWLEDGED" ? t("acknowledged", { name: escalation.acknowledgedByName ?? "—", at: when(escalation.acknowledgedAt) }) : t("open")}
                {escalation.answer ? ` : « ${escalation.answer} »` : ""}
              </li>
            ))}
          </ul>
          <h2>{t("rumours")}</h2>
          {data.rumours.length === 0 ? <p className="muted">{t("none")}</p> : null}
          <ul className="dash-list">
            {data.rumours.map((rumour) => (
              <li key={rumour.id}>{rumour.claim} — {t(`rumourStatus.${rumour.status}` as "rumourStatus.UNDER_WATCH")}</li>
            ))}
          </ul>
          <h2>{t("relay")}</h2>
          {data.relay.length === 0 ? <p className="muted">{t("none")}</p> : null}
          <ul className="dash-list">
            {data.relay.map((message) => (
              <li key={message.id}>{when(message.publishedAt)} — {message.title}</li>
            ))}
          </ul>
        </section>
      </div>
    </main>
  );
}
