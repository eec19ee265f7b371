"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { FieldErrors, FormStatus } from "../ui/form-status";

const KINDS = ["LINK", "NOTE", "CORROBORATING_POST", "GEOLOCATION", "OFFICIAL_CONFIRMATION", "REVERSE_IMAGE"] as const;

/** Adds a piece of evidence (signed and dated by the server). */
export function EvidenceForm({ action }: { action: (previous: ActionResult | null, data: FormData) => Promise<ActionResult> }) {
  const t = useTranslations("reports");
  const [result, run, pending] = useActionState(action, null);
  return (
    <form action={run} className="stack" data-testid="evidence-form">
      <FormStatus result={result} success={t("evidenceAdded")} />
      <FieldErrors result={result} />
      <label>
        {t("evidenceKind")}
        <select name="kind" defaultValue="LINK">
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`evidenceKinds.${kind}` as "evidenceKinds.LINK")}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("evidenceUrl")}
        <input name="url" type="url" placeholder="https://" />
      </label>
      <label>
        {t("evidenceNote")}
        <textarea name="note" rows={2} />
      </label>
      <button className="button secondary" type="submit" disabled={pending}>
        {t("addEvidence")}
      </button>
    </form>
  );
}
