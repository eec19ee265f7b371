"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { PublishActionResult } from "@/lib/publish/publish-action-result";

/** The page's server actions for drawings, bound to the activation. */
export type FeaturePublishActions = {
  publish: (featureId: string, input: { publicLabel: string; version?: number }) => Promise<PublishActionResult>;
  unpublish: (featureId: string) => Promise<PublishActionResult>;
};
import { PublicationOutcome } from "./publication-outcome";

type Props = {
  actions: FeaturePublishActions;
  featureId: string;
  /** The version shown: a feature changed since is refused (reload it). */
  version: number;
  /** The drawn feature's own label, proposed as its public label. */
  label: string;
  published?: boolean;
  publicLabel?: string | null;
  /** Told after a successful change (e.g. to refresh the popup). */
  onChange?: (published: boolean) => void;
};

/**
 * Publish or unpublish one drawn feature, for a feature popup of the watch-room map
 * (coordinators only: the server refuses anyone else). The public label is checked for personal
 * data on the server; a refusal lists what was found.
 */
export function FeaturePublishControl({ actions, featureId, version, label, published = false, publicLabel, onChange }: Props) {
  const t = useTranslations("publish");
  const [text, setText] = useState(publicLabel ?? label);
  const [isPublished, setPublished] = useState(published);
  const [result, setResult] = useState<PublishActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (publish: boolean) =>
    startTransition(async () => {
      const outcome = publish ? await actions.publish(featureId, { publicLabel: text, version }) : await actions.unpublish(featureId);
      setResult(outcome);
      if (outcome.ok) {
        setPublished(publish);
        onChange?.(publish);
      }
    });
  return (
    <div className="stack" data-testid="feature-publish-control">
      <label className="small">
        {t("publicLabel")}
        <input value={text} onChange={(e) => setText(e.target.value)} maxLength={200} data-testid="feature-public-label" />
      </label>
      <span style={{ display: "flex", gap: "0.4rem", flexWrap: "wrap" }}>
        <button type="button" className="button" disabled={pending} onClick={() => run(true)} data-testid="feature-publish">
          {isPublished ? t("republish") : t("feature.publish")}
        </button>
        {isPublished ? (
          <button type="button" className="button secondary" disabled={pending} onClick={() => run(false)} data-testid="feature-unpublish">
            {t("feature.unpublish")}
          </button>
        ) : null}
      </span>
      <PublicationOutcome result={result} success={result?.ok ? (result.message === "published" ? t("publishedOk") : t("unpublishedOk")) : undefined} />
    </div>
  );
}
