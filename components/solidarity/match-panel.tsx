"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import type { SolidarityItemView } from "@/lib/solidarity/get-solidarity-board";
import type { SuggestedMatch } from "@/lib/solidarity/suggest-matches";
import { SolidarityResult } from "./solidarity-result";

type Props = {
  suggestions: SuggestedMatch[];
  pairs: { needId: string; offerId: string }[];
  byId: Record<string, SolidarityItemView>;
  canEdit: boolean;
  confirm: (input: { needId: string; offerId: string; needVersion: number; offerVersion: number }) => Promise<ActionResult>;
};

const MAX_PER_NEED = 3;

/** Vigie's suggestions (same type, within 20 km, nearest first) to confirm in one click, and the pairs already made. */
export function MatchPanel({ suggestions, pairs, byId, canEdit, confirm }: Props) {
  const t = useTranslations("solidarity");
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, start] = useTransition();
  const perNeed = new Map<string, number>();
  const shown = suggestions.filter((s) => {
    const count = perNeed.get(s.needId) ?? 0;
    perNeed.set(s.needId, count + 1);
    return count < MAX_PER_NEED && byId[s.needId] && byId[s.offerId];
  });
  const label = (item: SolidarityItemView) => `${item.title}${item.placeName ? ` (${item.placeName})` : ""}`;
  return (
    <section className="panel" data-testid="solidarity-matches">
      <h2 style={{ marginTop: 0 }}>{t("suggestionsTitle")}</h2>
      <SolidarityResult result={result} success={t("matched")} />
      {shown.length === 0 ? <p className="muted small">{t("noSuggestions")}</p> : null}
      <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
        {shown.map((s) => {
          const need = byId[s.needId];
          const offer = byId[s.offerId];
          return (
            <li key={`${s.needId}-${s.offerId}`} data-testid="solidarity-suggestion" className="panel">
              <div className="small">
                <strong>{t("sides.NEED")}</strong> : {label(need)}
              </div>
              <div className="small">
                <strong>{t("sides.OFFER")}</strong> : {label(offer)}
              </div>
              <div className="feed-bar">
                <span className="badge">{t(`types.${need.type}`)}</span>
                <span className="muted small">{t("distance", { km: s.distanceKm })}</span>
                {canEdit ? (
                  <button
                    type="button"
                    className="button small"
                    disabled={pending}
                    onClick={() => start(async () => setResult(await confirm({ needId: need.id, offerId: offer.id, needVersion: need.version, offerVersion: offer.version })))}
                  >
                    {t("confirmMatch")}
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <h3>{t("pairsTitle", { count: pairs.length })}</h3>
      <ul data-testid="solidarity-pairs">
        {pairs.map((pair) => (
          <li key={pair.needId} className="small" data-testid="solidarity-pair">
            <span className="badge status-MATCHED">{t("statuses.MATCHED")}</span> {label(byId[pair.needId])} ⇄ {label(byId[pair.offerId])}
          </li>
        ))}
      </ul>
    </section>
  );
}
