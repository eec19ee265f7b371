"use client";

import { useTranslations } from "next-intl";
import { useActivationChannel } from "./use-activation-channel";

/** Who is online in this activation right now, updated live. */
export function PresenceBar({ activationId, currentUserId }: { activationId: string; currentUserId: string }) {
  const t = useTranslations("presence");
  const { connected, presence } = useActivationChannel(activationId);
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
