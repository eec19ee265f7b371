"use client";

import { useTranslations } from "next-intl";
import type { PublishActionResult } from "@/lib/publish/publish-action-result";

const OWN_ERRORS = new Set([
  "publish_needs_confirmed",
  "publish_merged_report",
  "publish_post_deleted",
  "report_changed",
  "feature_changed",
  "public_title_too_short",
  "public_label_too_short",
  "coordinators_only",
  "grid_too_small",
  "tile_url_invalid",
]);

/** A publication's refusal in plain words: each piece of personal data found, and where. */
export function PublicationOutcome({ result, success }: { result: PublishActionResult | null; success?: string }) {
  const t = useTranslations("publish");
  const tErrors = useTranslations("errors");
  if (!result) return null;
  if (result.ok) return success ? <p className="alert ok" role="status">{success}</p> : null;
  if (result.flags?.length) {
    return (
      <div className="alert error" role="alert" data-testid="publication-refused">
        <strong>{t("refused")}</strong>
        <ul>
          {result.flags.map((flag, index) => (
            <li key={index}>{t("flag", { field: t(`fields.${flag.field}` as "fields.publicTitle"), kind: t(`kinds.${flag.kind}` as "kinds.phone"), excerpt: flag.excerpt })}</li>
          ))}
        </ul>
      </div>
    );
  }
  const keys = [result.error, ...Object.values(result.fieldErrors ?? {})];
  const own = keys.find((key) => OWN_ERRORS.has(key));
  return (
    <p className="alert error" role="alert" data-testid="publication-error">
      {own ? t(`errors.${own}` as "errors.other") : tErrors(result.error as "INTERNAL")}
    </p>
  );
}
