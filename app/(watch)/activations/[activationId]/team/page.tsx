import { getFormatter, getTranslations } from "next-intl/server";
import { MemberForm } from "@/components/team/member-form";
import { DatedPersonForm } from "@/components/team/dated-person-form";
import { ActionButton } from "@/components/ui/action-button";
import { getActivationOverview } from "@/lib/activation/get-activation-overview";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { clock } from "@/lib/clock";
import { getTeam } from "@/lib/team/get-team";
import { dateToZonedInput } from "@/lib/team/zoned-time";
import { addMemberAction, grantAccessAction, removeMemberAction, revokeGrantAction } from "../actions";

export default async function TeamPage({ params, searchParams }: { params: Promise<{ activationId: string }>; searchParams: Promise<{ created?: string }> }) {
  const { activationId } = await params;
  const { created } = await searchParams;
  const { access } = await requireActivationPage(activationId);
  const [team, overview, t, format] = await Promise.all([getTeam(activationId), getActivationOverview(activationId), getTranslations(), getFormatter()]);
  const canCoordinate = access.capabilities.has("coordinate");
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short", timeZone: overview.timeZone });
  const now = clock().now();
  return (
    <main className="page">
      {created ? <p className="alert ok">{t("team.createdHint")}</p> : null}
      <h1>{t("team.title")}</h1>
      <table data-testid="team-table">
        <thead>
          <tr>
            <th>{t("team.person")}</th>
            <th>{t("team.roleHere")}</th>
            {canCoordinate ? <th>{t("common.actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {team.members.map((member) => (
            <tr key={member.userId}>
              <td>{member.name}</td>
              <td>{t(`memberRoles.${member.role}` as "memberRoles.VOLUNTEER")}</td>
              {canCoordinate ? (
                <td>
                  <ActionButton action={removeMemberAction.bind(null, activationId, member.userId)} label={t("team.remove")} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {canCoordinate ? (
        <div className="grid2" style={{ marginTop: "1rem" }}>
          <section className="panel">
            <h2 style={{ marginTop: 0 }}>{t("team.addTitle")}</h2>
            <MemberForm candidates={team.candidates} action={addMemberAction.bind(null, activationId)} />
          </section>
          <section className="panel">
            <h2 style={{ marginTop: 0 }}>{t("grants.title")}</h2>
            <p className="muted">{t("grants.help", { days: overview.authorityGraceDays })}</p>
            <DatedPersonForm
              people={team.authorityCandidates.map((a) => ({ id: a.id, label: `${a.name} — ${a.organization}` }))}
              action={grantAccessAction.bind(null, activationId, overview.timeZone)}
              defaults={{ startsAt: dateToZonedInput(now, overview.timeZone), endsAt: dateToZonedInput(new Date(now.getTime() + 3 * 86400_000), overview.timeZone) }}
              labels={{ person: t("grants.person"), submit: t("grants.submit"), success: t("grants.saved") }}
              withReason
            />
          </section>
        </div>
      ) : null}
      {team.grants.length ? (
        <section style={{ marginTop: "1rem" }}>
          <h2>{t("grants.list")}</h2>
          <table>
            <tbody>
              {team.grants.map((grant) => (
                <tr key={grant.id}>
                  <td>
                    {grant.name} — {grant.organization}
                  </td>
                  <td>
                    {when(grant.startsAt)} → {when(grant.endsAt)}
                  </td>
                  <td>
                    <span className={`badge ${grant.open ? "on" : "off"}`}>{grant.revokedAt ? t("grants.revoked") : grant.open ? t("grants.open") : t("grants.closed")}</span>
                  </td>
                  <td>{canCoordinate && !grant.revokedAt ? <ActionButton action={revokeGrantAction.bind(null, activationId, grant.id)} label={t("grants.revoke")} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </main>
  );
}
