"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import type { ReportCategory } from "@/lib/activation/hazard-template-types";
import type { FeedPost, PostUnderstanding } from "@/lib/ingest/feed-post";
import type { QueueItem } from "@/lib/triage/list-queue";
import type { LabelChange } from "../feed/label-keys";
import { PostCard } from "../feed/post-card";
import { AttachPicker } from "../report/attach-picker";
import { ReportForm, type ReportDraft } from "../report/report-form";
import { BulkBar } from "./bulk-bar";
import { QueueFiltersBar, type QueueFilterValues } from "./queue-filters-bar";
import { QueueList } from "./queue-list";
import { ShortcutsHelp } from "./shortcuts-help";
import { useLeaseRenewal, useTriageKeys } from "./use-triage-keys";
import { useTriageQueue } from "./use-triage-queue";

type Actions = {
  takeNext: (filters: unknown) => Promise<ActionResult & { post?: FeedPost | null; source?: { confirmed: number; false: number } | null }>;
  renew: (postId: string) => Promise<ActionResult>;
  release: (postId: string) => Promise<ActionResult>;
  setState: (postIds: string[], state: "DISCARDED" | "HANDLED") => Promise<ActionResult>;
  label: (postId: string, change: LabelChange) => Promise<ActionResult & { understanding?: PostUnderstanding }>;
  listQueue: (filters: unknown) => Promise<ActionResult & { items?: QueueItem[]; open?: number }>;
  createReport: (input: unknown) => Promise<ActionResult & { reportId?: string }>;
  attach: (reportId: string, postIds: string[]) => Promise<ActionResult>;
};
type Props = {
  activationId: string;
  currentUserId: string;
  initialQueue: { items: QueueItem[]; open: number };
  reportCategories: ReportCategory[];
  recentReports: { id: string; title: string }[];
  locale: string;
  actions: Actions;
};


/**
 * The triage desk, keyboard first: n takes the next post (claimed for a few
 * minutes, renewed while open), a digit sets its type, u flags it urgent,
 * x discards it as noise, Enter marks it handled, Escape lets it go, ? shows
 * the keys. Every key is also a button. The queue beside updates live.
 */
export function TriageDesk({ activationId, currentUserId, initialQueue, reportCategories, recentReports, locale, actions }: Props) {
  const t = useTranslations("triage");
  const types = useTranslations("infoTypes");
  const [filters, setFilters] = useState<QueueFilterValues>({});
  const { queue, reload } = useTriageQueue(activationId, initialQueue, filters, actions.listQueue);
  const [current, setCurrentPost] = useState<FeedPost | null>(null);
  const [source, setSource] = useState<{ confirmed: number; false: number } | null>(null);
  // Every post taken comes with its author's record in this activation.
  const setCurrent = useCallback((next: FeedPost | null | ((shown: FeedPost | null) => FeedPost | null), record?: { confirmed: number; false: number } | null) => {
    setCurrentPost(next);
    if (record !== undefined) setSource(record);
  }, []);
  const [message, setMessage] = useState<string | null>(null);
  // The queue is server-rendered: keys work only once the desk has hydrated (said to tests and
  // assistive tech through data-ready).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [help, setHelp] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [attaching, setAttaching] = useState(false);
  const [pending, startTransition] = useTransition();
  const currentRef = useRef(current);
  currentRef.current = current;
  // The desk takes the focus when it opens (the link that led here would otherwise keep it, and
  // Enter would follow that link again rather than mark the post handled).
  const deskRef = useRef<HTMLDivElement>(null);
  useEffect(() => deskRef.current?.focus(), []);

  const run = useCallback((work: () => Promise<void>) => startTransition(() => void work()), []);
  const next = useCallback(
    () =>
      run(async () => {
        const result = await actions.takeNext(filters);
        if (!result.ok) return setMessage(result.error);
        setCurrent(result.post ?? null, result.source ?? null);
        setMessage(result.post ? null : "queueEmpty");
        void reload();
      }),
    [actions, filters, reload, run],
  );
  const finish = useCallback(
    (state: "DISCARDED" | "HANDLED") =>
      run(async () => {
        const post = currentRef.current;
        if (!post) return;
        const result = await actions.setState([post.id], state);
        if (!result.ok) return setMessage(result.error);
        const following = await actions.takeNext(filters);
        setCurrent(following.ok ? (following.post ?? null) : null, following.ok ? (following.source ?? null) : null);
        void reload();
      }),
    [actions, filters, reload, run],
  );
  const release = useCallback(
    () =>
      run(async () => {
        if (currentRef.current) await actions.release(currentRef.current.id);
        setCurrent(null);
        void reload();
      }),
    [actions, reload, run],
  );
  const label = useCallback(
    (change: LabelChange) =>
      run(async () => {
        const post = currentRef.current;
        if (!post) return;
        const result = await actions.label(post.id, change);
        if (!result.ok) return setMessage(result.error);
        if (result.understanding) setCurrent((shown) => (shown?.id === post.id ? { ...shown, understanding: result.understanding! } : shown));
      }),
    [actions, run],
  );

  useTriageKeys({ currentRef, next, finish, release, label, openHelp: () => setHelp((v) => !v), openReport: () => setReporting(true), openAttach: () => setAttaching(true) });
  useLeaseRenewal(
    current?.id ?? null,
    actions.renew,
    (postId) => void actions.release(postId),
    () => setMessage("claim_lost"),
    () => (setCurrent(null), setMessage("idleReleased")),
  );

  const report = (draft: ReportDraft) =>
    run(async () => {
      const post = currentRef.current;
      if (!post) return;
      // The post's most precise place locates the report (the volunteer corrects it on the report page).
      const place = post.geo ? { lat: post.geo.lat, lon: post.geo.lon, precision: "point", placeName: post.understanding?.places[0]?.name ?? null } : post.understanding?.places[0];
      const location = place ? { lat: place.lat, lon: place.lon, precision: place.precision, placeName: "placeName" in place ? place.placeName : place.name } : null;
      const result = await actions.createReport({ ...draft, postIds: [post.id], location });
      if (!result.ok) return setMessage(result.error);
      setReporting(false);
      setCreated(result.reportId ?? null);
      const following = await actions.takeNext(filters);
      setCurrent(following.ok ? (following.post ?? null) : null, following.ok ? (following.source ?? null) : null);
      void reload();
    });

  const attach = (reportId: string) =>
    run(async () => {
      const post = currentRef.current;
      if (!post) return;
      const result = await actions.attach(reportId, [post.id]);
      if (!result.ok) return setMessage(result.error);
      setAttaching(false);
      setCreated(reportId);
      const following = await actions.takeNext(filters);
      setCurrent(following.ok ? (following.post ?? null) : null, following.ok ? (following.source ?? null) : null);
      void reload();
    });

  const bulk = (work: (postIds: string[]) => Promise<unknown>) =>
    run(async () => {
      await work([...selected]);
      setSelected(new Set());
      void reload();
    });

  return (
    <div className="triage-desk" ref={deskRef} tabIndex={-1} aria-label={t("title")} data-testid="triage-desk" data-ready={ready ? "true" : undefined}>
      <section className="triage-current" aria-labelledby="current-title">
        <div className="feed-bar">
          <button className="button" onClick={next} disabled={pending} data-testid="take-next">
            {t("takeNext")}
          </button>
          <QueueFiltersBar filters={filters} onChange={setFilters} networks={[...new Set(queue.items.map((item) => item.network))]} places={queue.items.flatMap((item) => item.places)} />
          <button className="button secondary" onClick={() => setHelp(true)}>
            {t("shortcuts")}
          </button>
        </div>
        <h2 id="current-title">{t("currentTitle")}</h2>
        {message ? (
          <p className={message === "queueEmpty" || message === "idleReleased" ? "muted" : "alert error"} role="status">
            {message === "queueEmpty" ? t("queueEmpty") : message === "claim_lost" ? t("claimLost") : message === "idleReleased" ? t("idleReleased") : t("failed")}
          </p>
        ) : null}
        {created ? (
          <p className="alert ok" role="status">
            {t("reportCreated")} <a href={`/activations/${activationId}/reports/${created}`}>{t("openReport")}</a>
          </p>
        ) : null}
        {current && reporting ? (
          <ReportForm
            categories={reportCategories}
            locale={locale}
            pending={pending}
            initial={{
              title: current.text.replace(/\s+/g, " ").slice(0, 120),
              description: "",
              category: reportCategories.find((c) => c.code === current.understanding?.reportCategory)?.code ?? reportCategories[0]?.code ?? "other",
              severity: current.understanding?.urgent ? 3 : 2,
            }}
            onSubmit={report}
            onCancel={() => setReporting(false)}
          />
        ) : null}
        {current && attaching ? <AttachPicker reports={recentReports} onAttach={attach} onCancel={() => setAttaching(false)} /> : null}
        {current ? (
          <div data-testid="current-post">
            <PostCard post={current} onLabel={(_, change) => label(change)} selected />
            <p className="small muted" data-testid="source-record">
              {source && source.confirmed + source.false > 0 ? t("sourceRecord", { confirmed: source.confirmed, false: source.false }) : t("sourceUnknown")}
            </p>
            <div className="feed-bar">
              <button className="button secondary" onClick={() => finish("HANDLED")} disabled={pending}>
                {t("handled")}
              </button>
              <button className="button secondary" onClick={() => finish("DISCARDED")} disabled={pending}>
                {t("discard")}
              </button>
              <button className="button secondary" onClick={release} disabled={pending}>
                {t("release")}
              </button>
              <button className="button" onClick={() => setReporting(true)} disabled={pending}>
                {t("createReport")}
              </button>
              <button className="button secondary" onClick={() => setAttaching(true)} disabled={pending}>
                {t("attachReport")}
              </button>
            </div>
          </div>
        ) : (
          <p className="muted">{t("nothingHeld")}</p>
        )}
        {selected.size ? (
          <BulkBar
            count={selected.size}
            reports={recentReports}
            onState={(state) => bulk((ids) => actions.setState(ids, state))}
            onCategorise={(category) => bulk(async (ids) => { for (const id of ids) await actions.label(id, { category }); })}
            onAttach={(reportId) => bulk((ids) => actions.attach(reportId, ids))}
          />
        ) : null}
      </section>
      <QueueList items={queue.items} open={queue.open} currentUserId={currentUserId} selected={selected} onToggle={(id) => setSelected((s) => new Set(s.has(id) ? [...s].filter((x) => x !== id) : [...s, id]))} />
      {help ? <ShortcutsHelp onClose={() => setHelp(false)} /> : null}
    </div>
  );
}
