"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { FormStatus } from "../ui/form-status";

/** Adds a webhook or replay source; a webhook's secret is shown once, right after creation. */
export function SourceForm({ action, webhookBase }: { action: (previous: ActionResult | null, data: FormData) => Promise<ActionResult>; webhookBase: string }) {
  const t = useTranslations("sources");
  const [result, run, pending] = useActionState(action, null);
  const [kind, setKind] = useState("WEBHOOK");
  return (
    <form action={run} className="stack">
      <FormStatus result={result} success={t("created")} />
      {result?.ok && result.message ? (
        <p className="alert info" data-testid="webhook-secret">
          {t("secretOnce")} <code>{result.message}</code>
        </p>
      ) : null}
      <label>
        {t("kind")}
        <select name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="WEBHOOK">{t("kinds.WEBHOOK")}</option>
          <option value="MASTODON">{t("kinds.MASTODON")}</option>
          <option value="RSS">{t("kinds.RSS")}</option>
          <option value="REPLAY">{t("kinds.REPLAY")}</option>
        </select>
      </label>
      <label>
        {t("sourceName")}
        <input name="name" required />
      </label>
      {kind === "MASTODON" ? (
        <>
          <label>
            {t("instances")}
            <textarea name="instances" rows={2} defaultValue="https://mastodon.social" required />
          </label>
          <label>
            {t("mastodonHashtags")}
            <input name="hashtags" placeholder="#inondations #Landes" required />
          </label>
          <label>
            {t("token")}
            <input name="token" type="password" autoComplete="off" />
          </label>
          <label>
            {t("interval")}
            <input name="intervalSeconds" type="number" min={5} max={3600} defaultValue={30} />
          </label>
          <label className="inline">
            <input type="checkbox" name="applyWatchFilter" defaultChecked />
            {t("applyWatchFilter")}
          </label>
        </>
      ) : kind === "RSS" ? (
        <>
          <label>
            {t("feeds")}
            <textarea name="feeds" rows={3} placeholder="https://www.landes.gouv.fr/rss.xml" required />
          </label>
          <label>
            {t("interval")}
            <input name="intervalSeconds" type="number" min={10} max={3600} defaultValue={120} />
          </label>
          <label className="inline">
            <input type="checkbox" name="applyWatchFilter" />
            {t("applyWatchFilter")}
          </label>
        </>
      ) : kind === "REPLAY" ? (
        <>
          <label>
            {t("speed")}
            <input name="speed" type="number" min={1} max={10000} defaultValue={60} />
          </label>
          <label className="inline">
            <input type="checkbox" name="loop" defaultChecked />
            {t("loop")}
          </label>
        </>
      ) : (
        <>
          <label className="inline">
            <input type="checkbox" name="applyWatchFilter" defaultChecked />
            {t("applyWatchFilter")}
          </label>
          <p className="muted small">{t("webhookHelp", { url: `${webhookBase}/api/ingest/…` })}</p>
        </>
      )}
      <button className="button" type="submit" disabled={pending}>
        {t("add")}
      </button>
    </form>
  );
}
