import { headers } from "next/headers";
import { getFormatter, getTranslations } from "next-intl/server";
import { AutoRefresh } from "@/components/feed/auto-refresh";
import { DeadLetterRow } from "@/components/feed/dead-letter-row";
import { FileImport } from "@/components/feed/file-import";
import { SourceForm } from "@/components/feed/source-form";
import { SourceSettings } from "@/components/feed/source-settings";
import { ActionButton } from "@/components/ui/action-button";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { listDeadLetters } from "@/lib/ingest/list-dead-letters";
import { listSourceHealth } from "@/lib/ingest/list-sources";
import { createSourceAction, dismissDeadLetterAction, retryDeadLetterAction, setSourceEnabledAction, testSourceAction, updateSourceAction } from "./actions";

export default async function SourcesPage({ params }: { params: Promise<{ activationId: string }> }) {
  const { activationId } = await params;
  const { access } = await requireActivationPage(activationId);
  const [sources, letters, t, format] = await Promise.all([listSourceHealth(activationId), listDeadLetters(activationId), getTranslations(), getFormatter()]);
  const canCoordinate = access.capabilities.has("coordinate");
  const canTriage = access.capabilities.has("triage");
  const host = (await headers()).get("host") ?? "localhost:3000";
  const base = `http://${host}`;
  const when = (d: Date | null) => (d ? format.relativeTime(d) : "—");
  return (
    <main className="page wide">
      <AutoRefresh />
      <h1>{t("sources.title")}</h1>
      <table data-testid="source-health">
        <thead>
          <tr>
            <th>{t("sources.name")}</th>
            <th>{t("sources.status")}</th>
            <th>{t("sources.lastItem")}</th>
            <th>{t("sources.perMinute")}</th>
            <th>{t("sources.total")}</th>
            <th>{t("sources.lag")}</th>
            <th>{t("sources.lastError")}</th>
            <th>{t("sources.reconnects")}</th>
            {canCoordinate ? <th>{t("common.actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.id}>
              <td>
                {source.name}
                <div className="muted small">
                  {t(`sources.kinds.${source.kind}` as "sources.kinds.WEBHOOK")}
                  {source.kind === "WEBHOOK" ? <code> {`${base}/api/ingest/${source.id}`}</code> : null}
                </div>
              </td>
              <td>
                <span className={`badge ${source.enabled ? (source.status === "ERROR" ? "PAUSED" : "on") : "off"}`}>
                  {source.enabled ? t(`sources.statuses.${source.status}` as "sources.statuses.RUNNING") : t("sources.statuses.PAUSED")}
                </span>
              </td>
              <td>{when(source.lastItemAt)}</td>
              <td>{source.itemsPerMinute}</td>
              <td>{source.itemsTotal}</td>
              <td>{source.lagSeconds === null ? "—" : `${Math.round(source.lagSeconds)} s`}</td>
              <td className="small">{source.lastError ? `${source.lastError} (${when(source.lastErrorAt)})` : "—"}</td>
              <td>{source.reconnects}</td>
              {canCoordinate ? (
                <td>
                  <ActionButton
                    action={setSourceEnabledAction.bind(null, activationId, source.id, !source.enabled)}
                    label={source.enabled ? t("sources.pause") : t("sources.resume")}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <div style={{ display: "grid", gap: "0.5rem", marginTop: "1rem" }}>
        {sources
          .filter((source) => source.kind !== "MANUAL" && source.kind !== "FILE_IMPORT")
          .map((source) => (
            <SourceSettings
              key={source.id}
              source={source}
              canCoordinate={canCoordinate}
              update={updateSourceAction.bind(null, activationId, source.id)}
              test={testSourceAction.bind(null, activationId, source.id)}
            />
          ))}
      </div>
      {canCoordinate ? (
        <section className="panel" style={{ marginTop: "1rem", maxWidth: 560 }} aria-labelledby="add-source-title">
          <h2 id="add-source-title" style={{ marginTop: 0 }}>
            {t("sources.addTitle")}
          </h2>
          <SourceForm action={createSourceAction.bind(null, activationId)} webhookBase={base} />
        </section>
      ) : null}
      {canTriage ? (
        <section className="panel" style={{ marginTop: "1rem" }}>
          <h2 style={{ marginTop: 0 }}>{t("import.title")}</h2>
          <FileImport activationId={activationId} />
        </section>
      ) : null}
      <h2>{t("sources.deadLetters", { count: letters.length })}</h2>
      {letters.length === 0 ? <p className="muted">{t("sources.noDeadLetters")}</p> : null}
      {letters.map((letter) =>
        canTriage ? (
          <DeadLetterRow
            key={letter.id}
            letter={{ ...letter, receivedAt: format.dateTime(letter.receivedAt, { dateStyle: "short", timeStyle: "medium" }) }}
            retry={retryDeadLetterAction.bind(null, activationId, letter.id)}
            dismiss={dismissDeadLetterAction.bind(null, activationId, letter.id)}
          />
        ) : (
          <p key={letter.id} className="small">
            {letter.reason}
          </p>
        ),
      )}
    </main>
  );
}
