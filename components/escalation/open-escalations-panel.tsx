import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { listEscalations } from "@/lib/escalation/list-escalations";
import { RecordLiveRefresh } from "../report/record-live-refresh";
import { EscalationList } from "./escalation-list";

/**
 * The open escalations of an activation with their running timers, for the
 * dashboard: refreshes live on every escalation change. Read-only; answering
 * happens on the escalations page or in the authority's alert.
 */
export async function OpenEscalationsPanel({ activationId, user }: { activationId: string; user: SessionUser }) {
  const [t, locale] = [await getTranslations("escalations"), await getLocale()];
  const open = await listEscalations(user, activationId, { openOnly: true, locale });
  return (
    <section className="panel" data-testid="open-escalations-panel">
      <RecordLiveRefresh activationId={activationId} eventType="escalation:changed" />
      <h2>{t("openTitle", { count: open.length })}</h2>
      {open.length ? <EscalationList activationId={activationId} escalations={open} /> : <p className="muted">{t("noneOpen")}</p>}
      <Link href={`/activations/${activationId}/escalations`}>{t("seeAll")}</Link>
    </section>
  );
}
