import { useFormatter, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import type { RelayMessageRow } from "@/lib/relay/list-relay-messages";
import { composePostText } from "@/lib/relay/relay-text";
import { LengthCounters } from "./length-counters";
import { RelayEditForm } from "./relay-edit-form";
import { RelayStepButton } from "./relay-step-button";
import { ShareKit } from "./share-kit";

type Step = () => Promise<ActionResult>;
export type RelayCardActions = {
  approve: Step | null;
  authorityApprove: Step | null;
  publish: { network: string; action: Step; tooLong: boolean }[];
  shareKit: Step | null;
  withdraw: Step | null;
  update: ((previous: ActionResult | null, data: FormData) => Promise<ActionResult>) | null;
};

/**
 * One relay message: its text and length per network, who approved it, the steps this user
 * may take now (publishing appears only once fully approved), the share kit and the history.
 */
export function RelayMessageCard({
  message,
  approvers,
  needsAuthority,
  mastodonMax,
  actions,
  image,
}: {
  message: RelayMessageRow;
  approvers: { coordinator: string | null; authority: string | null };
  needsAuthority: boolean;
  mastodonMax: number;
  actions: RelayCardActions;
  image: { thumb: string; share: string } | null;
}) {
  const t = useTranslations("relay");
  const format = useFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short" });
  const text = composePostText(message);
  const approved = message.status === "APPROVED" || message.status === "PUBLISHED";
  return (
    <article className="panel" id={`relay-${message.id}`} data-testid="relay-message" data-status={message.status} data-title={message.title} style={{ marginBottom: "1rem" }}>
      <h3>
        <span className="badge">{t(`kinds.${message.kind}`)}</span> {message.title} <span className={`badge relay-${message.status}`} data-testid="relay-status">{t(`statuses.${message.status}`)}</span>
      </h3>
      <p style={{ whiteSpace: "pre-wrap" }} data-testid="relay-text">{text}</p>
      {image ? (
        // eslint-disable-next-line @next/next/no-img-element -- stored thumbnail
        <img src={image.thumb} alt={message.imageAlt ?? ""} style={{ maxHeight: 120 }} />
      ) : null}
      <LengthCounters text={text} mastodonMax={mastodonMax} />
      <p className="small muted">
        {t("draftedBy", { name: message.createdBy?.name ?? "?", at: when(message.createdAt) })}
        {message.template ? ` · ${t("fromTemplate", { title: message.template.title, source: message.template.sourceName })}` : ""}
        {message.rumour ? ` · ${t("rebuts", { claim: message.rumour.claim })}` : ""}
      </p>
      <p className="small" data-testid="relay-approvals">
        {approvers.coordinator ? t("approvedBy", { name: approvers.coordinator }) : t("awaitingCoordinator")}
        {needsAuthority || approvers.authority ? ` · ${approvers.authority ? t("authorityApprovedBy", { name: approvers.authority }) : t("awaitingAuthority")}` : ""}
      </p>
      <div className="feed-bar">
        {actions.approve ? <RelayStepButton action={actions.approve} label={t("approve")} testId="relay-approve" className="button" /> : null}
        {actions.authorityApprove ? <RelayStepButton action={actions.authorityApprove} label={t("authorityApprove")} testId="relay-authority-approve" className="button" /> : null}
        {actions.publish.map(({ network, action, tooLong }) => (
          <RelayStepButton key={network} action={action} label={t(`publishOn.${network}` as "publishOn.mastodon")} testId={`relay-publish-${network}`} className="button" disabled={tooLong} title={tooLong ? t("counter.tooLong") : undefined} />
        ))}
        {actions.withdraw ? <RelayStepButton action={actions.withdraw} label={t("withdraw")} testId="relay-withdraw" /> : null}
      </div>
      {!approved && message.status !== "WITHDRAWN" ? <p className="small muted" data-testid="relay-publish-locked">{t("publishLocked")}</p> : null}
      {actions.update ? (
        <RelayEditForm
          message={{ version: message.version, title: message.title, body: message.body, link: message.link, hashtags: message.hashtags, imageAlt: message.imageAlt, hasImage: Boolean(message.imageMediaId), showOnPublicMap: message.showOnPublicMap }}
          mastodonMax={mastodonMax}
          action={actions.update}
        />
      ) : null}
      {approved ? <ShareKit text={text} hashtags={message.hashtags} link={message.link} imageUrl={image?.share ?? null} record={actions.shareKit} /> : null}
      {message.publications.length ? (
        <>
          <h4>{t("history")}</h4>
          <ul data-testid="relay-publications">
            {message.publications.map((publication) => (
              <li key={publication.id} className="small">
                {t(`networks.${publication.network}` as "networks.mastodon")} · {when(publication.at)} · {publication.publishedBy?.name ?? "?"}
                {publication.error ? (
                  <span className="field-error"> — {t("failed", { error: publication.error })}</span>
                ) : publication.url ? (
                  <>
                    {" "}
                    — <a href={publication.url} target="_blank" rel="noopener noreferrer" data-testid="relay-publication-url">{publication.url}</a>
                  </>
                ) : null}
                {publication.removedAt ? <span className="muted"> — {t("removed", { at: when(publication.removedAt) })}</span> : null}
                {publication.removeError ? <span className="field-error"> — {t("removeFailed", { error: publication.removeError })}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
