import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RecordLiveRefresh } from "@/components/report/record-live-refresh";
import { RelayDraftForm } from "@/components/relay/relay-draft-form";
import { RelayMessageCard, type RelayCardActions } from "@/components/relay/relay-message-card";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { HAZARDS } from "@/lib/activation/hazards";
import { getRelaySetup } from "@/lib/relay/get-relay-setup";
import { approverNames, listRelayMessages, type RelayMessageRow } from "@/lib/relay/list-relay-messages";
import { listRelayTemplates } from "@/lib/relay/list-relay-templates";
import { checkLengths, composePostText } from "@/lib/relay/relay-text";
import { RELAY_CHANGED } from "@/lib/realtime/events";
import { relayStepAction, createRelayMessageAction, updateRelayMessageAction } from "./actions";

const STATUSES = ["DRAFT", "APPROVED", "PUBLISHED", "WITHDRAWN"] as const;

export default async function RelayPage({ params }: { params: Promise<{ activationId: string }> }) {
  const { activationId } = await params;
  const { user, access } = await requireActivationPage(activationId);
  const canDraft = access.capabilities.has("triage");
  const canCoordinate = access.capabilities.has("coordinate");
  const isAuthority = user.role === "AUTHORITY" && access.capabilities.has("acknowledge");
  const [setup, messages, templates, t, th] = await Promise.all([
    getRelaySetup(activationId),
    listRelayMessages(activationId),
    canDraft ? listRelayTemplates({ hazard: access.activation.hazard }) : Promise.resolve([]),
    getTranslations("relay"),
    getTranslations("hazards"),
  ]);
  const approvers = await approverNames(messages);
  const networks = setup.accounts.map((account) => account.network);
  const hazardNames = Object.fromEntries(HAZARDS.map((hazard) => [hazard, th(hazard)]));
  const now = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: access.activation.timeZone }).format(new Date()).replace(":", " h ");

  function actionsFor(message: RelayMessageRow): RelayCardActions {
    const step = (name: Parameters<typeof relayStepAction>[2]) => relayStepAction.bind(null, activationId, message.id, name, message.version);
    const fullyApproved = message.approvedAt !== null && (!setup.needsAuthority || message.authorityApprovedAt !== null);
    const publishable = canCoordinate && fullyApproved && (message.status === "APPROVED" || message.status === "PUBLISHED");
    const sentTo = new Set(message.publications.filter((p) => !p.error).map((p) => p.network));
    // Too long for a network: its button is shown disabled (the server refuses it anyway).
    const tooLong = new Set(checkLengths(composePostText(message), setup.mastodonMax).filter((check) => !check.ok).map((check) => check.network as string));
    return {
      approve: canCoordinate && message.status === "DRAFT" && !message.approvedAt ? step("approve") : null,
      authorityApprove: isAuthority && setup.needsAuthority && message.status === "DRAFT" && !message.authorityApprovedAt ? step("authorityApprove") : null,
      publish: publishable ? networks.filter((network) => !sentTo.has(network)).map((network) => ({ network, action: step(network), tooLong: tooLong.has(network) })) : [],
      shareKit: publishable ? step("share_kit") : null,
      withdraw: canCoordinate && (message.status === "APPROVED" || message.status === "PUBLISHED") ? step("withdraw") : null,
      update: canDraft && (message.status === "DRAFT" || message.status === "APPROVED") ? updateRelayMessageAction.bind(null, activationId, message.id) : null,
    };
  }

  return (
    <main className="page wide">
      <RecordLiveRefresh activationId={activationId} eventType={RELAY_CHANGED} />
      <h1>{t("title")}</h1>
      <p className="muted">
        {t("intro")} {setup.needsAuthority ? t("needsAuthority") : ""}{" "}
        {canCoordinate ? (
          <>
            <Link href={`/activations/${activationId}/relay/library`} data-testid="relay-library-link">{t("library.title")}</Link> ·{" "}
            <Link href={`/activations/${activationId}/settings#relay-settings`}>{networks.length ? t("accountsConfigured", { networks: networks.join(", ") }) : t("noAccounts")}</Link>
          </>
        ) : null}
      </p>
      {canDraft ? (
        <details className="panel" open={messages.length === 0} data-testid="relay-new">
          <summary>{t("newMessage")}</summary>
          <RelayDraftForm templates={templates} hazardNames={hazardNames} mastodonMax={setup.mastodonMax} action={createRelayMessageAction.bind(null, activationId)} defaultTime={now} />
        </details>
      ) : null}
      {STATUSES.map((status) => {
        const group = messages.filter((message) => message.status === status);
        return (
          <section key={status} style={{ marginTop: "1rem" }} data-testid={`relay-group-${status}`}>
            <h2>{t(`groups.${status}`, { count: group.length })}</h2>
            {group.map((message) => (
              <RelayMessageCard
                key={message.id}
                message={message}
                approvers={approvers.get(message.id) ?? { coordinator: null, authority: null }}
                needsAuthority={setup.needsAuthority}
                mastodonMax={setup.mastodonMax}
                actions={actionsFor(message)}
                image={message.imageMediaId ? { thumb: `/api/media/${message.imageMediaId}?variant=thumb`, share: `/api/activations/${activationId}/relay/${message.id}/image` } : null}
              />
            ))}
          </section>
        );
      })}
    </main>
  );
}
