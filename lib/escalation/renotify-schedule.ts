import { renotifyEscalations } from "./renotify-escalations";

/**
 * Runs the escalation watchdog inside the server every 30 s (re-notifies
 * unacknowledged escalations, retries failed e-mails). Returns a stop function.
 */
export function startEscalationRenotify(intervalMs = 30_000): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    renotifyEscalations()
      .then(({ renotified }) => renotified.length && console.log(`[escalation] re-notified ${renotified.length} escalation(s)`))
      .catch((error: unknown) => console.error("[escalation] re-notify pass failed", error))
      .finally(() => (running = false));
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
