import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/activation/settings-form";
import { PublicMapSettingsPanel } from "@/components/publish/public-map-settings-panel";
import { updatePublicMapSettingsAction } from "../publish/actions";
import { getActivationOverview } from "@/lib/activation/get-activation-overview";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { updateSettingsAction } from "../actions";
import { EscalationSettingsPanel } from "@/components/escalation/escalation-settings-panel";
import { updateEscalationSettingsAction } from "../escalations/actions";
import { RelaySettingsSection } from "../relay/relay-settings-section";

export default async function SettingsPage({ params }: { params: Promise<{ activationId: string }> }) {
  const { activationId } = await params;
  await requireActivationPage(activationId, "coordinate");
  const [overview, t] = await Promise.all([getActivationOverview(activationId), getTranslations("settings")]);
  const { keywords, hashtags, exclusions, languages, expectedDurationHours, blurMedia, retentionDays, authorityGraceDays } = overview;
  return (
    <main className="page">
      <h1>{t("title")}</h1>
      <SettingsForm
        initial={{ keywords, hashtags, exclusions, languages, expectedDurationHours, blurMedia, retentionDays, authorityGraceDays }}
        action={updateSettingsAction.bind(null, activationId)}
      />
      <PublicMapSettingsPanel activationId={activationId} action={updatePublicMapSettingsAction} />
      <EscalationSettingsPanel activationId={activationId} action={updateEscalationSettingsAction} />
      <RelaySettingsSection activationId={activationId} />
    </main>
  );
}
