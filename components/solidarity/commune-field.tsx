"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { CommuneHit } from "@/lib/places/search-communes";

type Props = { search: (query: string) => Promise<CommuneHit[]>; initial?: { insee: string; name: string } | null; name?: string };

/**
 * A commune typed by name and picked from the gazetteer: the form sends only
 * its INSEE code (the server stores the commune's own name and centre).
 */
export function CommuneField({ search, initial, name = "insee" }: Props) {
  const t = useTranslations("solidarity");
  const [picked, setPicked] = useState(initial ?? null);
  const [query, setQuery] = useState(initial?.name ?? "");
  const [hits, setHits] = useState<CommuneHit[]>([]);
  useEffect(() => {
    if (picked && query === picked.name) return setHits([]);
    if (query.trim().length < 2) return setHits([]);
    let live = true;
    const timer = setTimeout(() => void search(query).then((found) => live && setHits(found)), 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, picked, search]);
  return (
    <div className="field" data-testid="commune-field">
      <label>
        {t("fields.commune")}
        <input
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setPicked(null);
          }}
          placeholder={t("communePlaceholder")}
          autoComplete="off"
        />
      </label>
      <input type="hidden" name={name} value={picked?.insee ?? ""} />
      {picked ? <span className="muted small" data-testid="commune-picked">📍 {picked.name} ({picked.insee})</span> : null}
      {hits.length ? (
        <ul role="listbox" aria-label={t("fields.commune")} className="stack" style={{ listStyle: "none", padding: 0, margin: "0.25rem 0" }}>
          {hits.map((hit) => (
            <li key={hit.insee}>
              <button
                type="button"
                role="option"
                aria-selected={false}
                className="button secondary small"
                onClick={() => {
                  setPicked({ insee: hit.insee, name: hit.name });
                  setQuery(hit.name);
                  setHits([]);
                }}
              >
                {hit.name} ({hit.departement})
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
