"use client";

import { useTranslations } from "next-intl";

type Values = Record<string, unknown>;
type Props = { kind: string; values: Values; editing: boolean };

/**
 * The settings of one kind of source, shared by the "add" form and the edit
 * form (which passes the stored config). Credentials are never sent back to
 * the browser: on edit their field is empty and a blank value keeps them.
 */
export function SourceFields({ kind, values, editing }: Props) {
  switch (kind) {
    case "MASTODON":
      return <MastodonFields values={values} editing={editing} />;
    case "BLUESKY":
      return <BlueskyFields values={values} editing={editing} />;
    case "X":
      return <XFields values={values} editing={editing} />;
    case "RSS":
      return <RssFields values={values} />;
    case "REPLAY":
      return <ReplayFields values={values} />;
    case "WEBHOOK":
      return <Check name="applyWatchFilter" values={values} fallback labelKey="applyWatchFilter" />;
    default:
      return null;
  }
}

function MastodonFields({ values, editing }: { values: Values; editing: boolean }) {
  const t = useTranslations("sources");
  return (
    <>
      <TextList name="instances" values={values} labelKey="instances" fallback="https://mastodon.social" required />
      <label>
        {t("mastodonHashtags")}
        <input name="hashtags" placeholder="#inondations #Landes" defaultValue={joined(values.hashtags, " ")} required />
      </label>
      <Secret name="token" labelKey="token" editing={editing} />
      <Check name="stream" values={values} fallback labelKey="mastodonStream" />
      <Interval values={values} fallback={30} min={5} />
      <Check name="applyWatchFilter" values={values} fallback labelKey="applyWatchFilter" />
    </>
  );
}

function BlueskyFields({ values, editing }: { values: Values; editing: boolean }) {
  const t = useTranslations("sources");
  return (
    <>
      <p className="muted small">{t("blueskyHelp")}</p>
      <Check name="jetstream" values={values} fallback labelKey="blueskyJetstream" />
      <label>
        {t("blueskyIdentifier")}
        <input name="identifier" placeholder="association.bsky.social" defaultValue={String(values.identifier ?? "")} autoComplete="off" />
      </label>
      <Secret name="appPassword" labelKey="blueskyAppPassword" editing={editing} />
      <label>
        {t("blueskyLookback")}
        <input name="lookbackHours" type="number" min={0} max={168} defaultValue={Number(values.lookbackHours ?? 24)} />
      </label>
      <Interval values={values} fallback={300} min={30} />
      <details>
        <summary className="small">{t("advanced")}</summary>
        <TextField name="jetstreamUrl" values={values} labelKey="blueskyJetstreamUrl" fallback="wss://jetstream2.us-east.bsky.network/subscribe" />
        <TextField name="serviceUrl" values={values} labelKey="blueskyServiceUrl" fallback="https://bsky.social" />
      </details>
    </>
  );
}

function XFields({ values, editing }: { values: Values; editing: boolean }) {
  const t = useTranslations("sources");
  return (
    <>
      <p className="muted small">{t("xHelp")}</p>
      <Secret name="bearerToken" labelKey="xBearerToken" editing={editing} required={!editing} />
      <Check name="stream" values={values} fallback labelKey="xStream" />
      <Check name="search" values={values} fallback labelKey="xSearch" />
      <TextField name="extraQuery" values={values} labelKey="xExtraQuery" fallback="" />
      <Interval values={values} fallback={60} min={15} />
      <details>
        <summary className="small">{t("advanced")}</summary>
        <Check name="compliance" values={values} fallback={false} labelKey="xCompliance" />
        <label>
          {t("xMaxQueryLength")}
          <input name="maxQueryLength" type="number" min={64} max={4096} defaultValue={Number(values.maxQueryLength ?? 512)} />
        </label>
        <TextField name="baseUrl" values={values} labelKey="xBaseUrl" fallback="https://api.x.com" />
      </details>
    </>
  );
}

function RssFields({ values }: { values: Values }) {
  return (
    <>
      <TextList name="feeds" values={values} labelKey="feeds" fallback="" placeholder="https://www.landes.gouv.fr/rss.xml" required />
      <Interval values={values} fallback={120} min={10} />
      <Check name="applyWatchFilter" values={values} fallback={false} labelKey="applyWatchFilter" />
    </>
  );
}

function ReplayFields({ values }: { values: Values }) {
  const t = useTranslations("sources");
  return (
    <>
      <label>
        {t("speed")}
        <input name="speed" type="number" min={1} max={10000} defaultValue={Number(values.speed ?? 60)} />
      </label>
      <Check name="loop" values={values} fallback labelKey="loop" />
    </>
  );
}

type LabelKey = Parameters<ReturnType<typeof useTranslations<"sources">>>[0];

/** A checkbox that is always submitted: the hidden "off" is overridden by "on" when ticked. */
function Check({ name, values, fallback, labelKey }: { name: string; values: Values; fallback: boolean; labelKey: LabelKey }) {
  const t = useTranslations("sources");
  const checked = typeof values[name] === "boolean" ? (values[name] as boolean) : fallback;
  return (
    <label className="inline">
      <input type="hidden" name={name} value="off" />
      <input type="checkbox" name={name} value="on" defaultChecked={checked} />
      {t(labelKey)}
    </label>
  );
}

function Secret({ name, labelKey, editing, required }: { name: string; labelKey: LabelKey; editing: boolean; required?: boolean }) {
  const t = useTranslations("sources");
  return (
    <label>
      {t(labelKey)}
      <input name={name} type="password" autoComplete="off" placeholder={editing ? t("secretKept") : undefined} required={required} />
    </label>
  );
}

function Interval({ values, fallback, min }: { values: Values; fallback: number; min: number }) {
  const t = useTranslations("sources");
  return (
    <label>
      {t("interval")}
      <input name="intervalSeconds" type="number" min={min} max={3600} defaultValue={Number(values.intervalSeconds ?? fallback)} />
    </label>
  );
}

function TextField({ name, values, labelKey, fallback }: { name: string; values: Values; labelKey: LabelKey; fallback: string }) {
  const t = useTranslations("sources");
  return (
    <label>
      {t(labelKey)}
      <input name={name} defaultValue={String(values[name] ?? fallback)} />
    </label>
  );
}

function TextList({ name, values, labelKey, fallback, placeholder, required }: { name: string; values: Values; labelKey: LabelKey; fallback: string; placeholder?: string; required?: boolean }) {
  const t = useTranslations("sources");
  return (
    <label>
      {t(labelKey)}
      <textarea name={name} rows={3} placeholder={placeholder} defaultValue={joined(values[name], "\n") || fallback} required={required} />
    </label>
  );
}

function joined(value: unknown, separator: string): string {
  return Array.isArray(value) ? value.join(separator) : "";
}
