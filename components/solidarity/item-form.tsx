"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import type { ActionResult } from "@/lib/action-result";
import type { CommuneHit } from "@/lib/places/search-communes";
import { SOLIDARITY_TYPES } from "@/lib/solidarity/schemas";
import type { SolidarityPrefill } from "@/lib/solidarity/solidarity-prefill";
import { CommuneField } from "./commune-field";
import { SolidarityResult } from "./solidarity-result";

type Props = {
  action: (previous: ActionResult | null, data: FormData) => Promise<ActionResult>;
  search: (query: string) => Promise<CommuneHit[]>;
  prefill: SolidarityPrefill | null;
  /** Contacts are asked only of the association's own accounts (who alone will read them). */
  withContact: boolean;
};

/** A new need or offer: by hand, or prefilled from a post or a report (linked to it). */
export function SolidarityItemForm({ action, search, prefill, withContact }: Props) {
  const t = useTranslations("solidarity");
  const runs = useRef(0);
  const [result, run, pending] = useActionState(async (previous: ActionResult | null, data: FormData) => {
    const outcome = await action(previous, data);
    if (outcome.ok) runs.current++;
    return outcome;
  }, null);
  return (
    <form action={run} className="stack" data-testid="solidarity-form" key={runs.current}>
      <SolidarityResult result={result} success={t("created")} />
      {prefill?.postId ? (
        <p className="muted small" data-testid="solidarity-from-post">
          {t("fromPost")}
          <input type="hidden" name="postId" value={prefill.postId} />
        </p>
      ) : null}
      {prefill?.reportId ? (
        <p className="muted small" data-testid="solidarity-from-report">
          {t("fromReport")}
          <input type="hidden" name="reportId" value={prefill.reportId} />
        </p>
      ) : null}
      <fieldset className="choices">
        <legend>{t("fields.side")}</legend>
        <label className="inline">
          <input type="radio" name="side" value="NEED" defaultChecked={prefill?.side !== "OFFER"} /> {t("sides.NEED")}
        </label>
        <label className="inline">
          <input type="radio" name="side" value="OFFER" defaultChecked={prefill?.side === "OFFER"} /> {t("sides.OFFER")}
        </label>
      </fieldset>
      <label>
        {t("fields.type")}
        <select name="type" defaultValue="SHELTER">
          {SOLIDARITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`types.${type}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("fields.title")}
        <input name="title" defaultValue={prefill?.title} required minLength={3} maxLength={200} />
      </label>
      <label>
        {t("fields.description")}
        <textarea name="description" rows={2} maxLength={2000} />
      </label>
      <CommuneField search={search} initial={prefill?.insee && prefill.placeName ? { insee: prefill.insee, name: prefill.placeName } : null} />
      {withContact ? (
        <label>
          {t("fields.contact")}
          <input name="contact" maxLength={300} placeholder={t("contactPlaceholder")} />
          <span className="muted small">{t("contactPrivate")}</span>
        </label>
      ) : null}
      <label className="inline">
        <input type="checkbox" name="verified" /> {t("fields.verified")}
      </label>
      <button className="button" disabled={pending}>
        {t("create")}
      </button>
    </form>
  );
}
