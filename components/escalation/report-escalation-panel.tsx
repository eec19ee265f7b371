import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Capability } from "@/lib/auth/permissions";
import type { AcknowledgeActionResult, EscalateActionResult } from "@/lib/escalation/action-results";
import { listEscalations } from "@/lib/escalation/list-escalations";
import { RecordLiveRefresh } from "../report/record-live-refresh";
import { EscalateForm } from "./escalate-form";
import { EscalationList } from "./escalation-list";

type Props = {
  activationId: string;
  reportId: string;
  user: SessionUser;
  capabilities: Set<Capability>;
  escalate: (activationId: string, reportId: string, previous: EscalateActionResult | null, data: FormData) => Promise<EscalateActionResult>;
  acknowledge: (activationId: string, escalationId: string, previous: AcknowledgeActionResult | null, data: FormData) => Promise<AcknowledgeActionResult>;
};

/**
 * The report page's urgent-escalation panel: escalate (volunteers and
 * coordinators, when none is open), the escalation's live state, and the
 * authority's acknowledgement (authority users).
 */
export async function ReportEscalationPanel({ activationId, reportId, user, capabilities, escalate, acknowledge }: Props) {
  const [t, locale] = [await getTranslations("escalations"), await getLocale()];
  const escalations = await listEscalations(user, activationId, { reportId, locale });
  const hasOpen = escalations.some((e) => e.status === "OPEN");
  const canEscalate = capabilities.has("triage");
  if (!canEscalate && escalations.length === 0) return null;
  return (
    <div className="panel" data-testid="report-escalation">
      <RecordLiveRefresh activationId={activationId} reportId={reportId} eventType="escalation:changed" />
      <h2>{t("reportPanelTitle")}</h2>
      <EscalationList activationId={activationId} escalations={escalations} acknowledge={capabilities.has("acknowledge") ? acknowledge : undefined} showReport={false} />
      {canEscalate ? <EscalateForm action={escalate.bind(null, activationId, reportId)} hasOpen={hasOpen} /> : null}
    </div>
  );
}
