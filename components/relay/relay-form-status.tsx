"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";

/** A relay form's outcome: relay's own error keys first (relay.errors.*), then the shared ones. */
export function RelayFormStatus({ result, success }: { result: ActionResult | null; success?: string }) {
  const t = useTranslations("relay.errors");
  const shared = useTranslations("errors");
  if (!result) return null;
  if (result.ok) return success ? <p className="alert ok" role="status">{success}</p> : null;
  const keys = [result.error, ...Object.values(result.fieldErrors ?? {})].filter((key, index, all) => all.indexOf(key) === index && !(index === 0 && key === "INVALID_INPUT" && all.length > 1));
  return (
    <div className="alert error" role="alert" data-testid="relay-error">
      {keys.map((key) => (
        <div key={key}>{t.has(key) ? t(key as "relay_changed") : shared(key as "INTERNAL")}</div>
      ))}
    </div>
  );
}
