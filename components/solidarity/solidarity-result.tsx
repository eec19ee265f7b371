"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";

/** The outcome of a board action: the board's own messages first, then the shared error messages. */
export function SolidarityResult({ result, success }: { result: ActionResult | null; success?: string }) {
  const t = useTranslations("solidarity");
  const te = useTranslations("errors");
  if (!result) return null;
  if (result.ok) {
    const message = result.message && t.has(`messages.${result.message}`) ? t(`messages.${result.message}` as "messages.relay_drafted") : success;
    return message ? <p className="alert ok" role="status">{message}</p> : null;
  }
  const key = result.error;
  const fields = Object.values(result.fieldErrors ?? {});
  const text = (k: string) => (t.has(`errors.${k}`) ? t(`errors.${k}` as "errors.solidarity_changed") : te.has(k) ? te(k as "INTERNAL") : te("INTERNAL"));
  return (
    <p className="alert error" role="alert">
      {text(key)}
      {fields.length ? ` ${fields.map(text).join(" ")}` : null}
    </p>
  );
}
