import type { ActionResult } from "@/lib/action-result";
import { getEscalationSettings } from "@/lib/escalation/get-escalation-settings";
import { EscalationSettings } from "./escalation-settings";

/** The settings page's escalation block (the page has already checked the coordinator's right). */
export async function EscalationSettingsPanel({ activationId, action }: { activationId: string; action: (activationId: string, previous: ActionResult | null, data: FormData) => Promise<ActionResult> }) {
  const { mailConfigured, ...initial } = await getEscalationSettings(activationId);
  return <EscalationSettings initial={initial} mailConfigured={mailConfigured} action={action.bind(null, activationId)} />;
}
