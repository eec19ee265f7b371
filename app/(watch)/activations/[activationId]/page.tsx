import { getFormatter, getTranslations } from "next-intl/server";
import { getActivationOverview } from "@/lib/activation/get-activation-overview";
import { requireActivationPage } from "@/lib/auth/guards";

export default async function ActivationOverviewPage({ params }: { params: Promise<{ activationId: string }> }) {
  const { activationId } = await params;
  await requireActivationPage(activationId);
  const overview = await getActivationOverview(activationId);
  const t = await getTranslations();
  const format = await getFormatter();
  const [west, south, east, north] = overview.bbox;
  return (
    <main className="page">
      <h1>{overview.name}</h1>
      <div className="grid2">
        <section className="panel">
          <dl className="facts">
            <dt>{t("activations.status")}</dt>
            <dd>
              <span className={`badge ${overview.status}`}>{t(`statuses.${overview.status}` as "statuses.ACTIVE")}</span>
            </dd>
            <dt>{t("activations.hazard")}</dt>
            <dd>{t(`hazards.${overview.hazard}` as "hazards.flood")}</dd>
            <dt>{t("activations.runBy")}</dt>
            <dd>{overview.ownerOrganization}</dd>
            <dt>{t("activations.requestedBy")}</dt>
            <dd>
              {overview.authorities.map((a) => `${a.name} (${t(`authorityAccess.${a.access}` as "authorityAccess.REQUESTER")})`).join(", ") || "—"}
            </dd>
            <dt>{t("activations.createdAt")}</dt>
            <dd>{format.dateTime(overview.createdAt, { dateStyle: "long", timeStyle: "short" })}</dd>
            <dt>{t("activations.area")}</dt>
            <dd>
              {south.toFixed(2)}° N – {north.toFixed(2)}° N, {west.toFixed(2)}° – {east.toFixed(2)}° E
            </dd>
          </dl>
        </section>
        <section className="panel">
          <h2 style={{ marginTop: 0 }}>{t("activations.team")}</h2>
          {overview.members.length === 0 ? <p className="muted">{t("activations.noTeam")}</p> : null}
          <ul>
            {overview.members.map((member) => (
              <li key={member.id}>
                {member.name} — {t(`memberRoles.${member.role}` as "memberRoles.VOLUNTEER")}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </main>
  );
}
