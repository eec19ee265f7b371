import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AcknowledgeForm } from "@/components/escalation/acknowledge-form";
import { getLinkEscalation } from "@/lib/escalation/get-link-escalation";
import { acknowledgeByLinkAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

/** The no-login page of an on-duty e-mail's signed link: the escalation, and its acknowledgement (once). */
export default async function AcknowledgeByLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, format, escalation] = await Promise.all([getTranslations("escalations"), getFormatter(), getLinkEscalation(token)]);
  if (!escalation.ok) {
    return (
      <main className="page">
        <h1>{t("linkTitle")}</h1>
        <p className="alert error" role="alert" data-testid="link-error">{t(escalation.reason === "expired" ? "errors.escalation_link_expired" : "errors.escalation_link_invalid")}</p>
      </main>
    );
  }
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "medium", timeZone: escalation.timeZone });
  return (
    <main className="page">
      <h1>{t("linkTitle")}</h1>
      <section className="panel">
        <p className="muted">{t("linkIntro", { activation: escalation.activationName, at: when(escalation.createdAt) })}</p>
        <h2 data-testid="link-report-title">{escalation.reportTitle}</h2>
        <p>
          {escalation.categoryLabel} · 📍 {escalation.placeName ?? t("noPlace")}
        </p>
        <p>« {escalation.message} »</p>
      </section>
      <section className="panel" style={{ marginTop: "1rem" }}>
        {escalation.status === "ACKNOWLEDGED" ? (
          <p className="alert ok" data-testid="link-acknowledged">
            {t("acknowledgedBy", { name: escalation.acknowledgedByName ?? "?", at: escalation.acknowledgedAt ? when(escalation.acknowledgedAt) : "?" })}
            {escalation.answer ? ` — ${escalation.answer}` : ""}
          </p>
        ) : (
          <>
            <p>{t("linkAnswerAs", { address: escalation.address })}</p>
            <AcknowledgeForm action={acknowledgeByLinkAction.bind(null, token)} withName />
          </>
        )}
      </section>
    </main>
  );
}
