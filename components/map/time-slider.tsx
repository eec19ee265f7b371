"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

const STEPS = 200;

/** Two sliders over [since, now]: the custom time window (a null `to` means "until now"). */
export function TimeSlider({ since, from, to, onChange }: { since: string; from: string; to: string | null; onChange: (from: string, to: string | null) => void }) {
  const t = useTranslations("map");
  const format = useFormatter();
  const [now] = useState(() => Date.now());
  const start = Math.min(new Date(since).getTime(), now - 3_600_000);
  const span = now - start;
  const position = (iso: string | null, fallback: number) => (iso ? Math.round(((new Date(iso).getTime() - start) / span) * STEPS) : fallback);
  const time = (step: number) => new Date(start + (span * step) / STEPS);
  const fromStep = position(from, 0);
  const toStep = position(to, STEPS);
  const show = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short" });
  return (
    <div data-testid="map-time-slider">
      <label style={{ fontWeight: 400 }}>
        {t("from")} {show(time(fromStep))}
        <input type="range" min={0} max={STEPS} value={fromStep} data-testid="map-time-from" onChange={(event) => onChange(time(Math.min(Number(event.target.value), toStep)).toISOString(), to)} style={{ width: "100%" }} />
      </label>
      <label style={{ fontWeight: 400 }}>
        {t("to")} {toStep >= STEPS ? t("now") : show(time(toStep))}
        <input type="range" min={0} max={STEPS} value={toStep} onChange={(event) => {
          const step = Math.max(Number(event.target.value), fromStep);
          onChange(from, step >= STEPS ? null : time(step).toISOString());
        }} style={{ width: "100%" }} />
      </label>
    </div>
  );
}
