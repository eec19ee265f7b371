import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RecordLiveRefresh } from "@/components/report/record-live-refresh";
import { ActionButton } from "@/components/ui/action-button";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { getRumour } from "@/lib/verify/get-rumours";
import { setRumourStatusAction } from "../actions";
import { RebuttalSection } from "../../relay/rebuttal-section";

export default async function RumourPage({ params }: { params: Promise<{ activationId: string; rumourId: string }> }) {
  const { activationId, rumourId } = await params;
  const { access } = await requireActivationPage(activationId);
  const [rumour, t, tr, format] = await Promise.all([getRumour(activationId, rumourId), getTranslations("rumours"), getTranslations("reports"), getFormatter()]);
  const most = Math.max(1, ...rumour.spread.map((s) => s.posts));
  return (
    <main className="page wide">
      <RecordLiveRefresh activationId={activationId} eventType="rumour:changed" />
      <h1 data-testid="rumour-claim">{rumour.claim}</h1>
      <p>
        <span className={`badge rumour-${rumour.status}`} data-testid="rumour-status">{t(`statuses.${rumour.status}` as "statuses.UNDER_WATCH")}</span>{" "}
        <span className="muted small">{t("openedBy", { name: rumour.createdBy?.name ?? "?", at: format.dateTime(rumour.createdAt, { dateStyle: "short", timeStyle: "short" }) })}</span>
      </p>
      {access.capabilities.has("triage") ? (
        <div className="feed-bar">
          {(["UNDER_WATCH", "DEBUNKED", "CONFIRMED"] as const)
            .filter((status) => status !== rumour.status)
            .map((status) => (
              <ActionButton key={status} action={setRumourStatusAction.bind(null, activationId, rumourId, status)} label={t(`set.${status}` as "set.DEBUNKED")} />
            ))}
        </div>
      ) : null}
      <RebuttalSection activationId={activationId} target={{ rumourId }} claim={rumour.claim} canDraft={access.capabilities.has("triage")} />
      <section className="panel" style={{ marginTop: "1rem" }}>
        <h2>{t("spreadTitle")}</h2>
        {rumour.spread.length === 0 ? <p className="muted">{t("noPosts")}</p> : null}
        <ol className="spread" data-testid="rumour-spread">
          {rumour.spread.map((s) => (
            <li key={s.hour}>
              <span className="small muted">{format.dateTime(new Date(s.hour), { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" })}</span>
              <span className="bar" style={{ width: `${(s.posts / most) * 100}%` }} />
              <span className="small">{s.posts}</span>
            </li>
          ))}
        </ol>
      </section>
      <section className="panel" style={{ marginTop: "1rem" }}>
        <h2>{t("reportsTitle", { count: rumour.reports.length })}</h2>
        <ul>
          {rumour.reports.map((report) => (
            <li key={report.id}>
              <Link href={`/activations/${activationId}/reports/${report.id}`}>{report.title}</Link> — {tr(`statuses.${report.status}` as "statuses.NEW")}
            </li>
          ))}
        </ul>
        <h2>{t("postsTitle", { count: rumour.posts.length })}</h2>
        <ul>
          {rumour.posts.map((post) => (
            <li key={post.id}>
              <span className="muted small">{post.network} · {post.authorHandle} · {format.dateTime(post.postedAt, { dateStyle: "short", timeStyle: "short" })}</span>
              <div>{post.deletedAt ? <em className="muted">{tr("postDeleted")}</em> : post.text}</div>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
