"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActivationChannel } from "./use-activation-channel";

// Events after which the server-rendered activation pages are stale.
const REFRESHING = new Set(["activation:status", "activation:settings", "team:changed", "shift:changed", "handover:written"]);

/**
 * The activation's live strip: who is online now, and a refresh of the page
 * when the activation changes (status, team, shifts, handover), without reload.
 */
export function ActivationLive({ activationId, currentUserId }: { activationId: string; currentUserId: string }) {
  const t = useTranslations("presence");
  const router = useRouter();
  const { connected, presence } = useActivationChannel(activationId, (event) => {
    if (REFRESHING.has(event.type)) router.refresh();
  });
  return (
    <div className="presence" aria-live="polite" data-testid="presence">
      <span className="dot" style={{ background: connected ? undefined : "var(--warn)" }} aria-hidden />
      <strong>{t("title")} :</strong>
      {!connected ? <span className="muted">{t("connecting")}</span> : null}
      {connected && presence.length <= 1 ? <span className="muted">{t("alone")}</span> : null}
      {presence.map((user) => (
        <span key={user.userId} className="who" data-testid="presence-user">
          {user.name}
          {user.userId === currentUserId ? ` (${t("you")})` : ""}
        </span>
      ))}
    </div>
  );
}
