import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RumourCreateForm } from "@/components/report/rumour-forms";
import { RecordLiveRefresh } from "@/components/report/record-live-refresh";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { listRumours } from "@/lib/verify/get-rumours";
import { createRumourAction } from "./actions";

export default async function RumoursPage({ params }: { params: Promise<{ activationId: string }> }) {
  const { activationId } = await params;
  const { access } = await requireActivationPage(activationId);
  const [rumours, t, format] = await Promise.all([listRumours(activationId), getTranslations("rumours"), getFormatter()]);
  return (
    <main className="page wide">
      <RecordLiveRefresh activationId={activationId} eventType="rumour:changed" />
      <h1>{t("title")}</h1>
      {rumours.length === 0 ? <p className="muted">{t("empty")}</p> : null}
      <table data-testid="rumours-table">
        <thead>
          <tr>
            <th>{t("claim")}</th>
            <th>{t("status")}</th>
            <th>{t("spread")}</th>
            <th>{t("since")}</th>
          </tr>
        </thead>
        <tbody>
          {rumours.map((rumour) => (
            <tr key={rumour.id}>
              <td>
                <Link href={`/activations/${activationId}/rumours/${rumour.id}`}>{rumour.claim}</Link>
              </td>
              <td>
                <span className={`badge rumour-${rumour.status}`}>{t(`statuses.${rumour.status}` as "statuses.UNDER_WATCH")}</span>
              </td>
              <td>{t("counts", { posts: rumour._count.posts, reports: rumour._count.reports })}</td>
              <td>{format.relativeTime(rumour.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {access.capabilities.has("triage") ? (
        <section className="panel" style={{ maxWidth: 560, marginTop: "1rem" }}>
          <h2 style={{ marginTop: 0 }}>{t("newTitle")}</h2>
          <RumourCreateForm action={createRumourAction.bind(null, activationId)} />
        </section>
      ) : null}
    </main>
  );
}
