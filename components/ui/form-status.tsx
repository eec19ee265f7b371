"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";

/** The outcome of a form's server action, translated. */
export function FormStatus({ result, success }: { result: ActionResult | null; success?: string }) {
  const t = useTranslations("errors");
  if (!result) return null;
  if (result.ok) return success ? <p className="alert ok" role="status">{success}</p> : null;
  return (
    <p className="alert error" role="alert">
      {t(result.error as "INTERNAL")}
    </p>
  );
}

export function FieldError({ result, field }: { result: ActionResult | null; field: string }) {
  const t = useTranslations("errors");
  const key = result && !result.ok ? result.fieldErrors?.[field] : undefined;
  return key ? <span className="field-error">{t(key as "INTERNAL")}</span> : null;
}

/** Every field error of a result, for forms whose fields are drawn by another component. */
export function FieldErrors({ result }: { result: ActionResult | null }) {
  const t = useTranslations("errors");
  const entries = result && !result.ok ? Object.entries(result.fieldErrors ?? {}) : [];
  if (entries.length === 0) return null;
  return (
    <ul className="field-error" data-testid="field-errors">
      {entries.map(([field, key]) => (
        <li key={field}>{t(key as "INTERNAL")}</li>
      ))}
    </ul>
  );
}
