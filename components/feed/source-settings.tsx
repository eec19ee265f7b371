"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import type { SourceTestResult } from "@/lib/ingest/test-source";
import { FieldErrors, FormStatus } from "../ui/form-status";
import { SourceFields } from "./source-fields";

type TestState = ActionResult & { test?: SourceTestResult };
type Props = {
  source: { id: string; name: string; kind: string; config: Record<string, unknown> };
  canCoordinate: boolean;
  update: (previous: ActionResult | null, data: FormData) => Promise<ActionResult>;
  test: (previous: TestState | null, data: FormData) => Promise<TestState>;
};

const SAMPLE = JSON.stringify({ network: "mastodon", externalId: "test-1", text: "L'eau monte à Dax #crue", postedAt: "2026-12-01T10:00:00Z" }, null, 2);

/** Edit a source's settings and test it (nothing is stored by a test). */
export function SourceSettings({ source, canCoordinate, update, test }: Props) {
  const t = useTranslations("sources");
  const [updated, runUpdate, updating] = useActionState(update, null);
  const [tested, runTest, testing] = useActionState(test, null);
  return (
    <details className="panel" data-testid={`source-settings-${source.name}`}>
      <summary>
        {t("settingsOf")} <strong>{source.name}</strong>
      </summary>
      <div className="grid2" style={{ marginTop: "0.75rem" }}>
        {canCoordinate ? (
          <form action={runUpdate} className="stack">
            <FormStatus result={updated} success={t("updated")} />
            <FieldErrors result={updated} />
            <label>
              {t("sourceName")}
              <input name="name" defaultValue={source.name} required />
            </label>
            <SourceFields kind={source.kind} values={source.config} editing />
            <button className="button" type="submit" disabled={updating}>
              {t("save")}
            </button>
          </form>
        ) : null}
        <form action={runTest} className="stack">
          <FormStatus result={tested} />
          {source.kind === "WEBHOOK" ? (
            <label>
              {t("sample")}
              <textarea name="sample" rows={6} defaultValue={SAMPLE} spellCheck={false} style={{ fontFamily: "monospace" }} />
            </label>
          ) : null}
          <button className="button secondary" type="submit" disabled={testing}>
            {t("test")}
          </button>
          {tested?.ok && tested.test ? (
            <div data-testid="source-test-result">
              {tested.test.kind === "replay" ? (
                <p>{t("replayOk", { events: tested.test.events, posts: tested.test.posts })}</p>
              ) : tested.test.kind === "feeds" ? (
                <ul>
                  {tested.test.feeds.map((feed) => (
                    <li key={feed.url}>
                      <strong>{feed.ok ? t("feedOk") : t("feedFailed")}</strong> — <span className="small">{feed.detail}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <ul>
                  {tested.test.items.map((item) => (
                    <li key={item.index}>
                      <strong>{t(`verdicts.${item.verdict}` as "verdicts.accepted")}</strong> — <span className="small">{item.detail}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ) : null}
        </form>
      </div>
    </details>
  );
}
