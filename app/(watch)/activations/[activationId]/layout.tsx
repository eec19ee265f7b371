import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ActivationLive } from "@/components/realtime/activation-live";
import { requireActivationPage } from "@/lib/activation/require-activation-page";

export default async function ActivationLayout({ children, params }: { children: ReactNode; params: Promise<{ activationId: string }> }) {
  const { activationId } = await params;
  const { user, access } = await requireActivationPage(activationId);
  const t = await getTranslations("nav");
  const base = `/activations/${activationId}`;
  return (
    <>
      <nav className="subnav" aria-label={access.activation.name}>
        <strong>{access.activation.name}</strong>
        <Link href={base}>{t("overview")}</Link>
        <Link href={`${base}/dashboard`}>{t("dashboard")}</Link>
        <Link href={`${base}/log`}>{t("eventLog")}</Link>
        <Link href={`${base}/sitreps`}>{t("sitreps")}</Link>
        <Link href={`${base}/feed`}>{t("feed")}</Link>
        {access.capabilities.has("triage") ? <Link href={`${base}/triage`}>{t("triage")}</Link> : null}
        <Link href={`${base}/reports`}>{t("reports")}</Link>
        <Link href={`${base}/map`}>{t("map")}</Link>
        <Link href={`${base}/rumours`}>{t("rumours")}</Link>
        <Link href={`${base}/escalations`}>{t("escalations")}</Link>
        <Link href={`${base}/relay`}>{t("relay")}</Link>
        <Link href={`${base}/solidarity`}>{t("solidarity")}</Link>
        <Link href={`${base}/sources`}>{t("sources")}</Link>
        {access.capabilities.has("triage") ? <Link href={`${base}/capture`}>{t("capture")}</Link> : null}
        <Link href={`${base}/team`}>{t("team")}</Link>
        <Link href={`${base}/shifts`}>{t("shifts")}</Link>
        {access.capabilities.has("coordinate") ? <Link href={`${base}/settings`}>{t("settings")}</Link> : null}
        <span style={{ flex: 1 }} />
        <ActivationLive activationId={activationId} currentUserId={user.id} />
      </nav>
      {children}
    </>
  );
}
