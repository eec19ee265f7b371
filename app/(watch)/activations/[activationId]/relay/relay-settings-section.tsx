import { getTranslations } from "next-intl/server";
import { RelayAccountForm, RelayApprovalRuleForm } from "@/components/relay/relay-account-form";
import { getRelaySetup } from "@/lib/relay/get-relay-setup";
import { RELAY_NETWORKS } from "@/lib/relay/schemas";
import { updateRelayAccountAction, updateRelaySettingsAction } from "./actions";

/** The relay part of the activation's settings page (coordinators only, checked by that page). */
export async function RelaySettingsSection({ activationId }: { activationId: string }) {
  const [setup, t] = await Promise.all([getRelaySetup(activationId), getTranslations("relay.accounts")]);
  return (
    <section className="panel" id="relay-settings" style={{ marginTop: "1rem" }}>
      <h2>{t("title")}</h2>
      <p className="muted small">{t("intro")}</p>
      <RelayApprovalRuleForm needsAuthority={setup.needsAuthority} action={updateRelaySettingsAction.bind(null, activationId)} />
      <div className="grid2">
        {RELAY_NETWORKS.map((network) => {
          const account = setup.accounts.find((candidate) => candidate.network === network);
          return <RelayAccountForm key={network} network={network} current={account ? { baseUrl: account.baseUrl, handle: account.handle } : null} action={updateRelayAccountAction.bind(null, activationId)} />;
        })}
      </div>
    </section>
  );
}
