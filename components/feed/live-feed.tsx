"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import type { FeedPost } from "@/lib/ingest/feed-post";
import { FeedFilters, matchesFilters, type FeedFilterState } from "./feed-filters";
import { changeForKey, type LabelChange } from "./label-keys";
import { PostCard } from "./post-card";
import { UrgentStrip } from "./urgent-strip";
import { useLivePosts } from "./use-live-posts";

type Props = {
  activationId: string;
  initialPosts: FeedPost[];
  initialUrgent: FeedPost[];
  initialLabels: number;
  sources: { id: string; name: string }[];
  blurMedia: boolean;
  /** Absent for readers who may not correct (authority users). */
  label?: (postId: string, change: LabelChange) => Promise<ActionResult>;
};

/**
 * The live feed: urgent posts pinned on top, then newest first, with filters,
 * pause with a buffer, virtualised so thousands of posts stay smooth. A
 * selected post is corrected with one key (j/k move the selection).
 */
export function LiveFeed({ activationId, initialPosts, initialUrgent, initialLabels, sources, blurMedia, label }: Props) {
  const t = useTranslations("feed");
  const tu = useTranslations("understanding");
  const { posts, urgent, labels, paused, buffered, setPaused, loadOlder } = useLivePosts(activationId, initialPosts, initialUrgent, initialLabels);
  const [filters, setFilters] = useState<FeedFilterState>({ sourceId: "", network: "", lang: "", q: "", hasMedia: false, hasGeo: false, category: "", hideNotRelevant: false });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [labelError, setLabelError] = useState<string | null>(null);
  const [foldCopies, setFoldCopies] = useState(true);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const matching = useMemo(() => posts.filter((post) => matchesFilters(post, filters)), [posts, filters]);
  const rows = useMemo(() => foldStories(matching, foldCopies, expanded), [matching, foldCopies, expanded]);
  const visible = useMemo(() => rows.map((row) => row.post), [rows]);
  const toggleStory = useCallback((storyId: string) => setExpanded((open) => new Set(open.has(storyId) ? [...open].filter((id) => id !== storyId) : [...open, storyId])), []);
  const sourceNames = useMemo(() => new Map(sources.map((s) => [s.id, s.name])), [sources]);
  const networks = useMemo(() => [...new Set(posts.map((p) => p.network))].sort(), [posts]);
  const languages = useMemo(() => [...new Set(posts.map((p) => p.lang).filter((l): l is string => !!l))].sort(), [posts]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 140,
    overscan: 6,
    getItemKey: (index) => visible[index].id,
  });

  const onLabel = useCallback(
    (postId: string, change: LabelChange) => {
      if (!label) return;
      setLabelError(null);
      void label(postId, change).then((result) => setLabelError(result.ok ? null : result.error));
    },
    [label],
  );

  const select = useCallback(
    (postId: string) => {
      setSelectedId(postId);
      const index = visible.findIndex((p) => p.id === postId);
      if (index >= 0) virtualizer.scrollToIndex(index, { align: "auto" });
    },
    [visible, virtualizer],
  );

  // Keys act on the selected post, unless the user is typing in a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.ctrlKey || event.metaKey || event.altKey || target?.closest("input, textarea, select, [contenteditable]")) return;
      const index = visible.findIndex((p) => p.id === selectedId);
      if (event.key === "j" || event.key === "k") {
        const next = visible[Math.max(0, Math.min(visible.length - 1, index + (event.key === "j" ? 1 : -1)))];
        if (next) select(next.id);
        event.preventDefault();
        return;
      }
      const post = visible[index];
      if (!post || !label) return;
      const change = changeForKey(event.key, post.understanding);
      if (!change) return;
      event.preventDefault();
      onLabel(post.id, change);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [visible, selectedId, select, label, onLabel]);

  return (
    <div className="feed">
      <UrgentStrip posts={urgent} onLabel={label ? onLabel : undefined} onSelect={select} />
      <div className="feed-bar">
        <FeedFilters value={filters} onChange={setFilters} sources={sources} networks={networks} languages={languages} />
        <span className="spacer" />
        <label className="inline small">
          <input type="checkbox" checked={foldCopies} onChange={(e) => setFoldCopies(e.target.checked)} />
          {tu("foldCopies")}
        </label>
        <span className="muted small" data-testid="model-labels">
          {tu("modelLabels", { count: labels })}
        </span>
        <span className="muted" data-testid="feed-count">
          {t("count", { count: visible.length })}
        </span>
        {paused ? (
          <button className="button" onClick={() => setPaused(false)} data-testid="feed-resume">
            {buffered ? t("newPosts", { count: buffered }) : t("resume")}
          </button>
        ) : (
          <button className="button secondary" onClick={() => setPaused(true)}>
            {t("pause")}
          </button>
        )}
      </div>
      {label ? <p className="muted small feed-legend">{tu("legend")}</p> : null}
      {labelError ? (
        <p className="alert error" role="alert">
          {tu("labelFailed")}
        </p>
      ) : null}
      <div ref={scroller} className="feed-scroll" data-testid="feed-list">
        {visible.length === 0 ? <p className="muted" style={{ padding: "1rem" }}>{t("empty")}</p> : null}
        <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
          {virtualizer.getVirtualItems().map((item) => (
            <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} style={{ position: "absolute", top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}>
              <PostCard
                post={visible[item.index]}
                copies={rows[item.index].copies}
                copiesShown={rows[item.index].storyId ? expanded.has(rows[item.index].storyId!) : false}
                onToggleCopies={toggleStory}
                sourceName={sourceNames.get(visible[item.index].sourceId ?? "")}
                blurMedia={blurMedia}
                selected={visible[item.index].id === selectedId}
                onSelect={setSelectedId}
                onLabel={label ? onLabel : undefined}
              />
            </div>
          ))}
        </div>
        {posts.length ? (
          <button className="button secondary" style={{ margin: "1rem" }} onClick={() => void loadOlder()}>
            {t("older")}
          </button>
        ) : null}
      </div>
    </div>
  );
}

type Row = { post: FeedPost; copies: number; storyId?: string };

/**
 * Copies folded into their story: the newest post of a story stands for it
 * with "+N copies" (N from the loaded posts or the story's known size), the
 * others show only when the story is expanded.
 */
function foldStories(posts: FeedPost[], fold: boolean, expanded: Set<string>): Row[] {
  if (!fold) return posts.map((post) => ({ post, copies: 0 }));
  const counts = new Map<string, number>();
  for (const post of posts) {
    const storyId = post.understanding?.storyId;
    if (storyId) counts.set(storyId, (counts.get(storyId) ?? 0) + 1);
  }
  const shown = new Set<string>();
  const rows: Row[] = [];
  for (const post of posts) {
    const storyId = post.understanding?.storyId;
    const loaded = storyId ? (counts.get(storyId) ?? 1) : 1;
    if (!storyId || loaded <= 1) {
      rows.push({ post, copies: 0 });
    } else if (!shown.has(storyId)) {
      shown.add(storyId);
      rows.push({ post, copies: Math.max(loaded, post.understanding?.storySize ?? 0) - 1, storyId });
    } else if (expanded.has(storyId)) {
      rows.push({ post, copies: 0 });
    }
  }
  return rows;
}
