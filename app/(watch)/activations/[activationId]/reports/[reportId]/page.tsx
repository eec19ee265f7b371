import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { EvidenceForm } from "@/components/report/evidence-form";
import { PublicationPanel } from "@/components/publish/publication-panel";
import { publishReportAction, unpublishReportAction } from "../../publish/actions";
import { ReportEditor } from "@/components/report/report-editor";
import { ShowOnMapLink } from "@/components/map/show-on-map-link";
import { RecordLiveRefresh } from "@/components/report/record-live-refresh";
import { SolidarityFromReport } from "@/components/solidarity/from-report-link";
import { StatusPanel } from "@/components/report/status-panel";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { dateToZonedInput } from "@/lib/team/zoned-time";
import { RumourCreateForm, RumourLinkForm } from "@/components/report/rumour-forms";
import { findSimilarReports } from "@/lib/verify/find-similar-reports";
import { listRumours } from "@/lib/verify/get-rumours";
import { createRumourAction, linkReportToRumourAction } from "../../rumours/actions";
import { RebuttalSection } from "../../relay/rebuttal-section";
import { getReport } from "@/lib/verify/get-report";
import { reverseImageSearches, storedPhotoExif } from "@/lib/verify/image-checks";
import { getReportCategories } from "@/lib/verify/report-categories";
import { ReportEscalationPanel } from "@/components/escalation/report-escalation-panel";
import { acknowledgeEscalationAction, escalateReportAction } from "../../escalations/actions";
import { addEvidenceAction, decideReviewAction, mergeReportAction, requestStatusAction, updateReportAction } from "../actions";

export default async function ReportPage({ params }: { params: Promise<{ activationId: string; reportId: string }> }) {
  const { activationId, reportId } = await params;
  const { user, access } = await requireActivationPage(activationId);
  const tru = await getTranslations("rumours");
  const [report, categories, t, format, locale, similar] = await Promise.all([
    getReport(activationId, reportId),
    getReportCategories(activationId),
    getTranslations("reports"),
    getFormatter(),
    getLocale(),
    findSimilarReports(activationId, reportId),
  ]);
  const rumours = report.status === "FALSE" ? await listRumours(activationId) : [];
  type Media = { url?: string; fileId?: string; type: string; alt: string | null };
  const media = report.posts.flatMap((post) => ((post.media ?? []) as Media[]).map((m) => ({ ...m, postId: post.id })));
  const exif = await storedPhotoExif(activationId, media.flatMap((m) => (m.fileId ? [m.fileId] : [])));
  const canTriage = access.capabilities.has("triage");
  const when = (d: Date) => format.dateTime(d, { dateStyle: "short", timeStyle: "medium" });
  return (
    <main className="page wide">
      <RecordLiveRefresh activationId={activationId} reportId={reportId} />
      <h1 data-testid="report-title">{report.title}</h1>
      <p className="muted small">
        {t("createdBy", { name: report.createdBy?.name ?? "?", at: when(report.createdAt) })} · {t("versionLabel", { version: report.version })}
        {report.placeName ? <> · <span data-testid="report-place">📍 {t("place", { name: report.placeName, precision: report.precision ?? "?" })}</span></> : null}
        <ShowOnMapLink activationId={activationId} reportId={reportId} located={report.lat !== null && report.lon !== null} />
      </p>
      {report.mergedIntoId ? (
        <p className="alert info" data-testid="merged-into">
          {t("mergedInto")} <Link href={`/activations/${activationId}/reports/${report.mergedIntoId}`}>{t("openMerged")}</Link>
        </p>
      ) : null}
      {!report.mergedIntoId && similar.length && canTriage ? (
        <section className="alert info" data-testid="similar-reports">
          <strong>{t("similarTitle")}</strong>
          <ul>
            {similar.map((other) => (
              <li key={other.id}>
                <Link href={`/activations/${activationId}/reports/${other.id}`}>{other.title}</Link> ({t(`statuses.${other.status}` as "statuses.NEW")}
                {other.distanceM !== null ? `, ${Math.round(other.distanceM)} m` : ""}){" "}
                <ActionButton action={mergeReportAction.bind(null, activationId, reportId, other.id)} label={t("mergeHere")} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="grid2">
        <section className="panel">
          <ReportEditor
            report={{
              version: report.version,
              title: report.title,
              description: report.description,
              category: report.category,
              severity: report.severity,
              currency: report.currency,
              checklist: report.checklist,
              location: report.lat !== null && report.lon !== null ? { lat: report.lat, lon: report.lon, precision: report.precision ?? "point", placeName: report.placeName } : null,
              observedAt: dateToZonedInput(report.observedAt, access.activation.timeZone),
              tags: report.tags,
            }}
            categories={categories}
            locale={locale}
            canEdit={canTriage}
            save={updateReportAction.bind(null, activationId, reportId)}
            presence={{ activationId, reportId, currentUserId: user.id }}
            timeZone={access.activation.timeZone}
          />
        </section>
        <section className="stack">
          <ReportEscalationPanel activationId={activationId} reportId={reportId} user={user} capabilities={access.capabilities} escalate={escalateReportAction} acknowledge={acknowledgeEscalationAction} />
          <div className="panel">
            <StatusPanel
              status={report.status}
              review={report.pendingReview ? { id: report.pendingReview.id, requestedStatus: report.pendingReview.requestedStatus, requestedBy: report.pendingReview.requestedBy } : null}
              currentUserId={user.id}
              canTriage={canTriage}
              canOverride={access.capabilities.has("coordinate")}
              requestStatus={requestStatusAction.bind(null, activationId, reportId)}
              decide={decideReviewAction.bind(null, activationId, reportId, report.pendingReview?.id ?? "")}
            />
            {report.reviews.filter((r) => r.decision && r.decision !== "superseded").map((r) => (
              <p key={r.id} className="small" data-testid="review-record">
                {t(`decisions.${r.decision}` as "decisions.agreed", { status: t(`statuses.${r.requestedStatus}` as "statuses.NEW"), requester: r.requestedBy?.name ?? "?", decider: r.decidedBy?.name ?? "?" })}
                {r.reason ? ` — ${r.reason}` : ""}
              </p>
            ))}
          </div>
          <PublicationPanel activationId={activationId} reportId={reportId} publishAction={publishReportAction} unpublishAction={unpublishReportAction} />
          {report.rumours.length || report.status === "FALSE" ? (
            <div className="panel" data-testid="report-rumours">
              <h2>{tru("title")}</h2>
              <ul>
                {report.rumours.map((rumour) => (
                  <li key={rumour.id}>
                    <Link href={`/activations/${activationId}/rumours/${rumour.id}`}>{rumour.claim}</Link> — {tru(`statuses.${rumour.status}` as "statuses.UNDER_WATCH")}
                  </li>
                ))}
              </ul>
              {report.status === "FALSE" && canTriage ? (
                <>
                  <RumourCreateForm action={createRumourAction.bind(null, activationId)} reportId={reportId} claim={report.title} />
                  <RumourLinkForm action={linkReportToRumourAction.bind(null, activationId, reportId)} rumours={rumours.filter((r) => !report.rumours.some((x) => x.id === r.id))} />
                </>
              ) : null}
            </div>
          ) : null}
          {report.status === "FALSE" ? <RebuttalSection activationId={activationId} target={{ reportId }} claim={report.title} canDraft={canTriage} /> : null}
          <div className="panel">
            <h2>{t("evidenceTitle", { count: report.evidence.length })}</h2>
            <ul data-testid="evidence-list">
              {report.evidence.map((e) => (
                <li key={e.id}>
                  <strong>{t(`evidenceKinds.${e.kind}` as "evidenceKinds.LINK")}</strong> — {e.url ? <a href={e.url} target="_blank" rel="noopener noreferrer nofollow">{e.url}</a> : null} {e.note}
                  <div className="muted small">{t("by", { name: e.author?.name ?? "?", at: when(e.createdAt) })}</div>
                </li>
              ))}
            </ul>
            {canTriage ? <EvidenceForm action={addEvidenceAction.bind(null, activationId, reportId)} /> : null}
          </div>
          {canTriage ? <SolidarityFromReport activationId={activationId} reportId={reportId} /> : null}
        </section>
      </div>
      <section className="panel" style={{ marginTop: "1rem" }}>
        <h2>{t("postsTitle", { count: report.posts.length })}</h2>
        <ul>
          {report.posts.map((post) => (
            <li key={post.id}>
              <span className="muted small">{post.network} · {post.authorHandle ?? post.authorName} · {when(post.postedAt)}</span>
              <div>{post.deletedAt ? <em className="muted">{t("postDeleted")}</em> : post.text}</div>
              {post.url ? <a href={post.url} target="_blank" rel="noopener noreferrer nofollow" className="small">{t("original")}</a> : null}
            </li>
          ))}
        </ul>
      </section>
      {media.length ? (
        <section className="panel" style={{ marginTop: "1rem" }} data-testid="report-media">
          <h2>{t("mediaTitle")}</h2>
          <ul>
            {media.map((m, index) => (
              <li key={`${m.postId}-${index}`}>
                {m.fileId ? (
                  <>
                    {/* eslint-disable-next-line @next/next/no-img-element -- stored thumbnail */}
                    <img src={`/api/media/${m.fileId}?variant=thumb`} alt={m.alt ?? ""} style={{ maxHeight: 120 }} />
                    <div className="small">
                      {exif.get(m.fileId) ? t("exif", { data: Object.entries(exif.get(m.fileId)!).map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`).join(" · ") }) : t("noExif")}
                    </div>
                  </>
                ) : m.url ? (
                  <>
                    <a href={m.url} target="_blank" rel="noopener noreferrer nofollow">{m.alt || m.url}</a>
                    {m.type === "image" ? (
                      <div className="small">
                        {t("reverseSearch")}{" "}
                        {reverseImageSearches(m.url).map((engine, i) => (
                          <span key={engine.engine}>
                            {i ? " · " : ""}
                            <a href={engine.url} target="_blank" rel="noopener noreferrer nofollow">{engine.engine}</a>
                          </span>
                        ))}
                      </div>
                    ) : null}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="panel" style={{ marginTop: "1rem" }}>
        <h2>{t("historyTitle")}</h2>
        <ol data-testid="report-history">
          {report.history.map((h) => (
            <li key={h.id}>
              <span className="muted small">{when(h.at)}</span> — <strong>{h.actor ?? "?"}</strong> — {t(`actions.${h.action.replaceAll(".", "_")}` as "actions.report_create")}
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}

