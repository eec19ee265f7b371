"use client";

import type { EscalationAlert } from "@/lib/realtime/events";

/**
 * The sound and the system notification of an escalation alert. The sound is
 * synthesised with Web Audio (nothing to download); browsers only let it play
 * after a user gesture on the page, so the context is unlocked on the first
 * click or key press. System notifications need the user's permission, asked
 * from a button (browsers refuse a request that no gesture started).
 */
let context: AudioContext | null = null;

export async function unlockAudio(): Promise<void> {
  try {
    context ??= new AudioContext();
    if (context.state === "suspended") await context.resume();
  } catch {
    // No Web Audio here: the visual alert remains.
  }
}

/** Whether an alarm would be heard now (false until a gesture on this page unlocked the sound). */
export function audioReady(): boolean {
  return context?.state === "running";
}

/** Three two-tone beeps, loud enough to be heard across a crisis room. */
export function playAlarm(): void {
  try {
    context ??= new AudioContext();
    if (context.state === "suspended") void context.resume();
    const start = context.currentTime + 0.05;
    for (let i = 0; i < 6; i++) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = "square";
      oscillator.frequency.value = i % 2 === 0 ? 880 : 660;
      const at = start + i * 0.28;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.24);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.26);
    }
  } catch {
    // No Web Audio here: the visual alert remains.
  }
}

export function notificationPermission(): NotificationPermission | "unsupported" {
  return typeof window !== "undefined" && "Notification" in window ? Notification.permission : "unsupported";
}

/** Must be called from a click handler. */
export async function askNotificationPermission(): Promise<NotificationPermission | "unsupported"> {
  void unlockAudio();
  if (notificationPermission() !== "default") return notificationPermission();
  return Notification.requestPermission();
}

export function showSystemNotification(alert: EscalationAlert, title: string, onClick: () => void): void {
  if (notificationPermission() !== "granted") return;
  try {
    const notification = new Notification(title, {
      body: `${alert.reportTitle}${alert.placeName ? ` — ${alert.placeName}` : ""}\n${alert.message}`,
      tag: `escalation-${alert.escalationId}`,
      requireInteraction: true,
    });
    notification.onclick = () => {
      window.focus();
      onClick();
      notification.close();
    };
  } catch {
    // Some browsers only allow notifications from a service worker: the in-page alert remains.
  }
}
