"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import type { AcknowledgeActionResult } from "@/lib/escalation/action-results";
import type { EscalationAlert } from "@/lib/realtime/events";
import { useSocket } from "../realtime/realtime-provider";
import { AcknowledgeForm } from "./acknowledge-form";
import { askNotificationPermission, audioReady, notificationPermission, playAlarm, showSystemNotification, unlockAudio } from "./alarm-signals";
import { ElapsedTimer } from "./elapsed-timer";
import styles from "./escalation.module.css";

type Acknowledge = (activationId: string, escalationId: string, previous: AcknowledgeActionResult | null, data: FormData) => Promise<AcknowledgeActionResult>;

// While an alert waits on screen, the sound comes back this often.
const REPEAT_SOUND_MS = 30_000;

/**
 * The authority user's urgent-escalation alarm, on every page: a docked panel that
 * stays until the escalation is acknowledged (here, or by anyone else) or
 * dismissed — a re-notification brings it back — with a sound and, when
 * allowed, a system notification.
 */
export function EscalationAlarm({ initial, acknowledge }: { initial: EscalationAlert[]; acknowledge: Acknowledge }) {
  const t = useTranslations("escalations");
  const format = useFormatter();
  const socket = useSocket();
  const router = useRouter();
  const [alerts, setAlerts] = useState(() => byId(initial));
  const [dismissed, setDismissed] = useState<Record<string, number>>({});
  const [permission, setPermission] = useState<NotificationPermission | "unsupported">("unsupported");
  // A wall screen nobody touches would stay silent: until a gesture unlocked the sound, a button says so.
  const [soundReady, setSoundReady] = useState(false);
  const initialKey = initial.map((a) => `${a.escalationId}:${a.notifyCount}`).join(",");

  // After a refresh the server's list is the truth.
  useEffect(() => setAlerts(byId(initial)), [initialKey]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    setPermission(notificationPermission());
    const unlock = () => void unlockAudio().then(() => setSoundReady(audioReady()));
    window.addEventListener("pointerdown", unlock, { once: true });
    window.addEventListener("keydown", unlock, { once: true });
    return () => {
      window.removeEventListener("pointerdown", unlock);
      window.removeEventListener("keydown", unlock);
    };
  }, []);

  useEffect(() => {
    if (!socket) return;
    const onAlert = (alert: EscalationAlert) => {
      setAlerts((previous) => {
        const next = new Map(previous);
        if (alert.status === "OPEN") next.set(alert.escalationId, alert);
        else next.delete(alert.escalationId);
        return next;
      });
      if (alert.status !== "OPEN") return;
      playAlarm();
      showSystemNotification(alert, t("systemTitle", { activation: alert.activationName }), () => router.push(`/activations/${alert.activationId}/escalations`));
    };
    socket.on("escalation:alert", onAlert);
    return () => void socket.off("escalation:alert", onAlert);
  }, [socket, router, t]);

  const visible = useMemo(() => [...alerts.values()].filter((a) => dismissed[a.escalationId] !== a.notifyCount), [alerts, dismissed]);

  useEffect(() => {
    if (visible.length === 0) return;
    const timer = setInterval(playAlarm, REPEAT_SOUND_MS);
    return () => clearInterval(timer);
  }, [visible.length]);

  const remove = (id: string) =>
    setAlerts((previous) => {
      const next = new Map(previous);
      next.delete(id);
      return next;
    });
  const enable = async () => {
    await unlockAudio();
    setSoundReady(audioReady());
    if (permission === "default") setPermission(await askNotificationPermission());
  };
  const enableButton =
    permission === "default" || !soundReady ? (
      <button type="button" className="button secondary" onClick={() => void enable()} data-testid="enable-alerts">
        🔔 {permission === "default" ? t("enableAlerts") : t("enableSound")}
      </button>
    ) : null;

  if (visible.length === 0) return enableButton ? <div className={styles.enable}>{enableButton}</div> : null;
  return (
    <div className={styles.dock}>
      <div className={styles.modal} role="alertdialog" aria-modal="false" aria-labelledby="escalation-alarm-title" data-testid="escalation-alarm">
        <h2 id="escalation-alarm-title">🚨 {t("alarmTitle", { count: visible.length })}</h2>
        {visible.map((alert) => (
          <div key={alert.escalationId} className={styles.alertBody} data-testid="escalation-alert">
            <div>
              <strong>{alert.reportTitle}</strong>
              <span className="muted small"> · {alert.categoryLabel}{alert.placeName ? ` · 📍 ${alert.placeName}` : ""} · {alert.activationName}</span>
            </div>
            <p style={{ margin: "0.3rem 0" }}>« {alert.message} »</p>
            <div className="muted small">
              {t("raisedBy", { name: alert.createdByName ?? "?", at: format.dateTime(new Date(alert.createdAt), { timeStyle: "short" }) })} · {t("waitingFor")} <ElapsedTimer since={alert.createdAt} />
              {alert.notifyCount > 1 ? ` · ${t("renotified", { count: alert.notifyCount - 1 })}` : ""}
            </div>
            <AcknowledgeForm action={acknowledge.bind(null, alert.activationId, alert.escalationId)} onDone={() => remove(alert.escalationId)} />
            <div className="button-row" style={{ marginTop: "0.5rem" }}>
              <Link className="button secondary" href={`/activations/${alert.activationId}/reports/${alert.reportId}`} onClick={() => setDismissed((d) => ({ ...d, [alert.escalationId]: alert.notifyCount }))}>
                {t("openReport")}
              </Link>
              <button type="button" className="button secondary" onClick={() => setDismissed((d) => ({ ...d, [alert.escalationId]: alert.notifyCount }))} data-testid="dismiss-alert">
                {t("dismiss")}
              </button>
            </div>
          </div>
        ))}
        {enableButton}
      </div>
    </div>
  );
}

function byId(alerts: EscalationAlert[]): Map<string, EscalationAlert> {
  return new Map(alerts.map((alert) => [alert.escalationId, alert]));
}
