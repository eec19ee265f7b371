import { getTranslations } from "next-intl/server";
import { RebuttalForm } from "@/components/relay/rebuttal-form";
import { RebuttalList } from "@/components/relay/rebuttal-list";
import { listRelayMessages } from "@/lib/relay/list-relay-messages";
import { createRebuttalAction } from "./actions";

/**
 * The rebuttals of a rumour, or of a report found FALSE, and the form to draft one; included by
 * the rumour page and the report page. Drafting needs the triage right; reading, the page's.
 */
export async function RebuttalSection({ activationId, target, claim, canDraft }: { activationId: string; target: { rumourId: string } | { reportId: string }; claim: string; canDraft: boolean }) {
  const [messages, t] = await Promise.all([listRelayMessages(activationId, target), getTranslations("relay.rebuttal")]);
  const rebuttals = messages.filter((message) => message.kind === "REBUTTAL");
  return (
    <section className="panel" style={{ marginTop: "1rem" }} data-testid="rebuttal-section">
      <h2>{t("sectionTitle", { count: rebuttals.length })}</h2>
      <RebuttalList activationId={activationId} rebuttals={rebuttals} />
      {canDraft ? <RebuttalForm action={createRebuttalAction.bind(null, activationId, target)} claim={claim} /> : null}
    </section>
  );
}
