"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { CREATABLE_SOURCE_KINDS } from "@/lib/ingest/source-kinds/creatable-kinds";
import { FieldErrors, FormStatus } from "../ui/form-status";
import { SourceFields } from "./source-fields";

/** Adds a source of any kind; a webhook's signing key is shown once, right after creation. */
export function SourceForm({ action, webhookBase }: { action: (previous: ActionResult | null, data: FormData) => Promise<ActionResult>; webhookBase: string }) {
  const t = useTranslations("sources");
  const [result, run, pending] = useActionState(action, null);
  const [kind, setKind] = useState<string>(CREATABLE_SOURCE_KINDS[0]);
  return (
    <form action={run} className="stack">
      <FormStatus result={result} success={t("created")} />
      <FieldErrors result={result} />
      {result?.ok && result.message ? (
        <p className="alert info" data-testid="webhook-secret">
          {t("secretOnce")} <code>{result.message}</code>
        </p>
      ) : null}
      <label>
        {t("kind")}
        <select name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          {CREATABLE_SOURCE_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`kinds.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("sourceName")}
        <input name="name" required />
      </label>
      {/* Remounted per kind so each kind starts from its own defaults. */}
      <SourceFields key={kind} kind={kind} values={{}} editing={false} />
      {kind === "WEBHOOK" ? <p className="muted small">{t("webhookHelp", { url: `${webhookBase}/api/ingest/…` })}</p> : null}
      <button className="button" type="submit" disabled={pending}>
        {t("add")}
      </button>
    </form>
  );
}
