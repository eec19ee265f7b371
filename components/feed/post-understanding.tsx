"use client";

import { useTranslations } from "next-intl";
import type { InformationType } from "@/lib/enrich/information-types";
import type { PostUnderstanding } from "@/lib/ingest/feed-post";
import { INFORMATION_TYPE_KEYS, type LabelChange } from "./label-keys";

type Props = { understanding: PostUnderstanding | null; onLabel?: (change: LabelChange) => void };

/**
 * What Vigie understood of a post — type, relevance, urgency with its
 * triggering words — and the controls to correct it in one click (the same
 * corrections have keys when the post is selected: see the feed's legend).
 */
export function PostUnderstandingRow({ understanding, onLabel }: Props) {
  const t = useTranslations("understanding");
  const types = useTranslations("infoTypes");
  if (!understanding) return <p className="muted small understanding">{t("pending")}</p>;
  const relevant = understanding.category !== "NOT_RELEVANT";
  return (
    <div className="understanding small" data-testid="post-understanding">
      {understanding.urgent ? (
        <span className="badge urgent" title={understanding.urgencyTriggers.join(", ")}>
          {t("urgent")}
          {understanding.urgencyTriggers.length ? ` · ${understanding.urgencyTriggers.slice(0, 3).join(", ")}` : ""}
        </span>
      ) : null}
      <span className={`badge type-${understanding.category}`} data-testid="post-type">
        {types(understanding.category as "NEEDS")}
      </span>
      <span className="muted" title={t("relevanceHelp")}>
        {t("relevance", { value: Math.round(understanding.relevance * 100) })}
      </span>
      {understanding.labelled ? <span className="muted">· {t("labelled")}</span> : null}
      {understanding.places.slice(0, 3).map((place, index) => (
        <span key={`${place.insee ?? place.departement}-${index}`} className={`badge place precision-${place.precision}`} data-testid="post-place" title={t(`precisions.${place.precision}` as "precisions.commune")}>
          📍 {place.name}
          {place.insee ? ` (${place.departement})` : ""}
          {place.ambiguous ? " ?" : ""}
        </span>
      ))}
      {understanding.storyTrending ? (
        <span className="badge trending" data-testid="story-trending">
          {t("trending")}
        </span>
      ) : null}
      {understanding.pii.length ? (
        <span className="badge pii" data-testid="post-pii" title={t("piiHelp")}>
          {t("pii", { kinds: [...new Set(understanding.pii.map((flag) => t(`piiKinds.${flag.kind}` as "piiKinds.phone")))].join(", ") })}
        </span>
      ) : null}
      {onLabel ? (
        <span className="label-controls">
          <select aria-label={t("changeType")} value={understanding.category} onChange={(e) => onLabel({ category: e.target.value as InformationType })}>
            {INFORMATION_TYPE_KEYS.map(({ type, key }) => (
              <option key={type} value={type}>
                {types(type as "NEEDS")} ({key})
              </option>
            ))}
          </select>
          {relevant ? (
            <button type="button" className="link" onClick={() => onLabel({ relevant: false })}>
              {t("notRelevant")}
            </button>
          ) : (
            <button type="button" className="link" onClick={() => onLabel({ relevant: true })}>
              {t("relevantAfterAll")}
            </button>
          )}
          <button type="button" className="link" aria-pressed={understanding.urgent} onClick={() => onLabel({ urgent: !understanding.urgent })}>
            {understanding.urgent ? t("notUrgent") : t("markUrgent")}
          </button>
        </span>
      ) : null}
    </div>
  );
}
