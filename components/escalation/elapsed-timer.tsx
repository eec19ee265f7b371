"use client";

import { useEffect, useState } from "react";
import styles from "./escalation.module.css";

/** How long an escalation has waited, ticking every second (h:mm:ss). */
export function ElapsedTimer({ since }: { since: string }) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  // Rendered on the server without a clock: avoid a hydration mismatch, show nothing until mounted.
  if (now === null) return <span className={styles.timer}>…</span>;
  const seconds = Math.max(0, Math.floor((now - new Date(since).getTime()) / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const text = `${h ? `${h}:` : ""}${String(m).padStart(h ? 2 : 1, "0")}:${String(s).padStart(2, "0")}`;
  return (
    <span className={styles.timer} data-testid="escalation-timer" role="timer">
      {text}
    </span>
  );
}
