import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { StatusControls } from "@/components/activation/status-controls";
import { getActivationOverview } from "@/lib/activation/get-activation-overview";
import { nextStatuses } from "@/lib/activation/lifecycle-rules";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import type { ActivationStatus } from "@/lib/db/generated/enums";
import { listShifts } from "@/lib/team/list-shifts";
import { clock } from "@/lib/clock";
import { changeStatusAction } from "./actions";

export default async function ActivationOverviewPage({ params }: { params: Promise<{ activationId: string }> }) {
  const { activationId } = await params;
  const { access } = await requireActivationPage(activationId);
  const [overview, t, format, locale] = await Promise.all([getActivationOverview(activationId), getTranslations(), getFormatter(), getLocale()]);
  const now = clock().now();
  const onShift = (await listShifts(activationId, { from: now, to: now })).filter((shift) => shift.onNow);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: overview.timeZone });
  const canCoordinate = access.capabilities.has("coordinate");
  return (
    <main className="page">
      <h1>
        {overview.name} <span className={`badge ${overview.status}`} data-testid="activation-status">{t(`statuses.${overview.status}` as "statuses.ACTIVE")}</span>
      </h1>
      <p><Link className="button" href={`/activations/${activationId}/dashboard`} data-testid="open-dashboard">{t("dashboard.overviewLink")}</Link></p>
      {overview.latestHandover ? (
        <section className="panel handover" aria-label={t("handover.latest")}>
          <strong>{t("handover.latest")}</strong> — {overview.latestHandover.author}, {when(overview.latestHandover.at)}
          <p style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>{overview.latestHandover.body}</p>
        </section>
      ) : null}
      <div className="grid2" style={{ marginTop: "1rem" }}>
        <section className="panel">
          <dl className="facts">
            <dt>{t("activations.hazard")}</dt>
            <dd>{t(`hazards.${overview.hazard}` as "hazards.flood")}</dd>
            <dt>{t("activations.areaLabel")}</dt>
            <dd>{overview.departements.length ? overview.departements.map((d) => `${d.name} (${d.code})`).join(", ") : t("activations.drawnArea")}</dd>
            <dt>{t("activations.runBy")}</dt>
            <dd>{overview.ownerOrganization}</dd>
            <dt>{t("activations.requestedBy")}</dt>
            <dd>{overview.authorities.map((a) => a.name).join(", ") || "—"}</dd>
            <dt>{t("activations.activatedAt")}</dt>
            <dd>{overview.activatedAt ? when(overview.activatedAt) : "—"}</dd>
            {overview.closedAt ? (
              <>
                <dt>{t("activations.closedAt")}</dt>
                <dd>{when(overview.closedAt)}</dd>
                <dt>{t("activations.authorityUntil")}</dt>
                <dd>{overview.authorityAccessUntil ? when(overview.authorityAccessUntil) : "—"}</dd>
              </>
            ) : null}
            <dt>{t("activations.timeZone")}</dt>
            <dd>{overview.timeZone}</dd>
            <dt>{t("activations.publicMap")}</dt>
            <dd>{overview.publicMapAllowed ? t("common.yes") : t("common.no")}</dd>
          </dl>
        </section>
        <section className="panel">
          <h2 style={{ marginTop: 0 }}>{t("activations.onShiftNow")}</h2>
          {onShift.length === 0 ? <p className="muted">{t("activations.nobodyOnShift")}</p> : null}
          <ul data-testid="on-shift-now">
            {onShift.map((shift) => (
              <li key={shift.id}>
                {shift.name} — {t("activations.until")} {format.dateTime(shift.endsAt, { timeStyle: "short", timeZone: overview.timeZone })}
              </li>
            ))}
          </ul>
          <h2>{t("activations.team")}</h2>
          <ul>
            {overview.members.map((member) => (
              <li key={member.id}>
                {member.name} — {t(`memberRoles.${member.role}` as "memberRoles.VOLUNTEER")}
              </li>
            ))}
          </ul>
        </section>
      </div>
      {canCoordinate ? (
        <section className="panel" style={{ marginTop: "1rem" }}>
          <h2 style={{ marginTop: 0 }}>{t("lifecycle.title")}</h2>
          <StatusControls next={nextStatuses(overview.status as ActivationStatus)} action={changeStatusAction.bind(null, activationId)} />
        </section>
      ) : null}
      <section className="panel" style={{ marginTop: "1rem" }}>
        <h2 style={{ marginTop: 0 }}>{t("activations.watching")}</h2>
        <p>
          <strong>{t("wizard.keywords")} :</strong> {overview.keywords.join(", ") || "—"}
        </p>
        <p>
          <strong>{t("wizard.hashtags")} :</strong> {overview.hashtags.join(" ") || "—"}
        </p>
        <p>
          <strong>{t("activations.categories")} :</strong> {overview.reportCategories.map((c) => c.label[locale as "fr" | "en"]).join(" · ")}
        </p>
      </section>
      {overview.statusHistory.length ? (
        <section style={{ marginTop: "1rem" }}>
          <h2>{t("lifecycle.history")}</h2>
          <table>
            <tbody>
              {overview.statusHistory.map((change, index) => (
                <tr key={index}>
                  <td>{when(change.at)}</td>
                  <td>
                    {t(`statuses.${change.from}` as "statuses.ACTIVE")} → {t(`statuses.${change.to}` as "statuses.ACTIVE")}
                  </td>
                  <td>{change.by ?? "—"}</td>
                  <td>{change.reason ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </main>
  );
}
