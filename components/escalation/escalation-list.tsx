"use client";

import type { AcknowledgeActionResult } from "@/lib/escalation/action-results";
import type { EscalationView } from "@/lib/escalation/list-escalations";
import { EscalationItem } from "./escalation-item";
import styles from "./escalation.module.css";

type Acknowledge = (activationId: string, escalationId: string, previous: AcknowledgeActionResult | null, data: FormData) => Promise<AcknowledgeActionResult>;

export function EscalationList({ activationId, escalations, acknowledge, showReport = true }: { activationId: string; escalations: EscalationView[]; acknowledge?: Acknowledge; showReport?: boolean }) {
  return (
    <ul className={styles.list} data-testid="escalation-list">
      {escalations.map((escalation) => (
        <EscalationItem key={escalation.id} activationId={activationId} escalation={escalation} acknowledge={acknowledge} showReport={showReport} />
      ))}
    </ul>
  );
}
