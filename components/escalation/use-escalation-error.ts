"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";

/** Translates an action's refusal: escalation-specific keys first, then the shared error messages. */
export function useEscalationError(): (result: ActionResult | null) => string | null {
  const t = useTranslations("escalations.errors");
  const shared = useTranslations("errors");
  return (result) => {
    if (!result || result.ok) return null;
    const keys = [...Object.values(result.fieldErrors ?? {}), result.error];
    const known = keys.find((key) => t.has(key));
    if (known) return t(known as "escalation_already_open");
    return shared.has(result.error) ? shared(result.error as "INTERNAL") : shared("INTERNAL");
  };
}
