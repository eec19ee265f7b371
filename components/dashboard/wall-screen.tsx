"use client";

import { useEffect, useState, type ReactNode } from "react";

export type WallPanel = { key: string; title: string; node: ReactNode };

/**
 * Wall-screen mode for the crisis room: the key figures stay on top in large
 * type and the other panels take turns below, without any control to touch.
 */
export function WallScreen({ figures, panels, everyMs = 12_000 }: { figures: ReactNode; panels: WallPanel[]; everyMs?: number }) {
  const [index, setIndex] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setIndex((previous) => previous + 1), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  useEffect(() => {
    document.body.classList.add("wall-mode");
    return () => document.body.classList.remove("wall-mode");
  }, []);
  const panel = panels.length ? panels[index % panels.length] : null;
  return (
    <div className="wall" data-testid="wall-screen">
      {figures}
      {panel ? (
        <section className="panel wall-panel" aria-live="polite" data-testid="wall-panel" data-panel={panel.key}>
          <h2>{panel.title}</h2>
          {panel.node}
        </section>
      ) : null}
      <ol className="wall-dots" aria-hidden>
        {panels.map((item, at) => (
          <li key={item.key} className={at === index % panels.length ? "on" : undefined} />
        ))}
      </ol>
    </div>
  );
}
