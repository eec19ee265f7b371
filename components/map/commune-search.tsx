"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

type Hit = { name: string; departement: string; lat: number; lon: number };

/** Type a commune's name, pick it, and the map flies there. */
export function CommuneSearch({ activationId, onPick }: { activationId: string; onPick: (hit: Hit) => void }) {
  const t = useTranslations("map");
  const [text, setText] = useState("");
  const [hits, setHits] = useState<Hit[]>([]);
  // The name just picked fills the box: do not search it again.
  const picked = useRef<string | null>(null);
  useEffect(() => {
    if (text.trim().length < 2 || text === picked.current) {
      setHits([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/activations/${activationId}/map/communes?q=${encodeURIComponent(text)}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { communes: [] }))
        .then((data: { communes: Hit[] }) => setHits(data.communes))
        .catch(() => undefined);
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [activationId, text]);
  return (
    <div className="small" style={{ position: "relative" }}>
      <input type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder={t("searchCommune")} aria-label={t("searchCommune")} style={{ width: "100%" }} data-testid="map-commune-search" />
      {hits.length ? (
        <ul className="panel" style={{ position: "absolute", zIndex: 1000, left: 0, right: 0, margin: 0, padding: 4, listStyle: "none" }}>
          {hits.map((hit) => (
            <li key={`${hit.name}-${hit.departement}`}>
              <button type="button" className="link" onClick={() => {
                  onPick(hit);
                  picked.current = hit.name;
                  setHits([]);
                  setText(hit.name);
                }} data-testid="map-commune-hit">
                {hit.name} ({hit.departement})
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
