import { getLocale, getTranslations } from "next-intl/server";
import { EscalationList } from "@/components/escalation/escalation-list";
import { RecordLiveRefresh } from "@/components/report/record-live-refresh";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { listEscalations } from "@/lib/escalation/list-escalations";
import { acknowledgeEscalationAction } from "./actions";

export default async function EscalationsPage({ params }: { params: Promise<{ activationId: string }> }) {
  const { activationId } = await params;
  const { user, access } = await requireActivationPage(activationId);
  const [t, locale] = await Promise.all([getTranslations("escalations"), getLocale()]);
  const escalations = await listEscalations(user, activationId, { locale });
  const open = escalations.filter((e) => e.status === "OPEN");
  const past = escalations.filter((e) => e.status !== "OPEN");
  const acknowledge = access.capabilities.has("acknowledge") ? acknowledgeEscalationAction : undefined;
  return (
    <main className="page wide">
      <RecordLiveRefresh activationId={activationId} eventType="escalation:changed" />
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <section className="panel" data-testid="escalations-open">
        <h2>{t("openTitle", { count: open.length })}</h2>
        {open.length ? <EscalationList activationId={activationId} escalations={open} acknowledge={acknowledge} /> : <p className="muted">{t("noneOpen")}</p>}
      </section>
      <section className="panel" style={{ marginTop: "1rem" }} data-testid="escalations-past">
        <h2>{t("pastTitle", { count: past.length })}</h2>
        {past.length ? <EscalationList activationId={activationId} escalations={past} /> : <p className="muted">{t("nonePast")}</p>}
      </section>
    </main>
  );
}
