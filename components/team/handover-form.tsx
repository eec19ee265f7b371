"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { FieldError, FormStatus } from "../ui/form-status";

export function HandoverForm({ action }: { action: (previous: ActionResult | null, data: FormData) => Promise<ActionResult> }) {
  const t = useTranslations("handover");
  const [result, run, pending] = useActionState(action, null);
  return (
    <form action={run} className="stack">
      <FormStatus result={result} success={t("saved")} />
      <label>
        {t("label")}
        <textarea name="body" rows={5} placeholder={t("placeholder")} required />
        <FieldError result={result} field="body" />
      </label>
      <button className="button" type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
