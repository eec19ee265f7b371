import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PresenceBar } from "@/components/realtime/presence-bar";
import { requireActivationPage } from "@/lib/auth/guards";

export default async function ActivationLayout({ children, params }: { children: ReactNode; params: Promise<{ activationId: string }> }) {
  const { activationId } = await params;
  const { user, access } = await requireActivationPage(activationId);
  const t = await getTranslations("nav");
  return (
    <>
      <nav className="subnav" aria-label={access.activation.name}>
        <strong>{access.activation.name}</strong>
        <Link href={`/activations/${activationId}`}>{t("overview")}</Link>
        <span style={{ flex: 1 }} />
        <PresenceBar activationId={activationId} currentUserId={user.id} />
      </nav>
      {children}
    </>
  );
}
