"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import type { FeedPost } from "@/lib/ingest/feed-post";
import { FeedFilters, matchesFilters, type FeedFilterState } from "./feed-filters";
import { PostCard } from "./post-card";
import { useLivePosts } from "./use-live-posts";

type Props = { activationId: string; initialPosts: FeedPost[]; sources: { id: string; name: string }[]; blurMedia: boolean };

/** The live feed: newest first, filters, pause with a buffer, virtualised so thousands of posts stay smooth. */
export function LiveFeed({ activationId, initialPosts, sources, blurMedia }: Props) {
  const t = useTranslations("feed");
  const { posts, paused, buffered, setPaused, loadOlder } = useLivePosts(activationId, initialPosts);
  const [filters, setFilters] = useState<FeedFilterState>({ sourceId: "", network: "", lang: "", q: "", hasMedia: false, hasGeo: false });
  const visible = useMemo(() => posts.filter((post) => matchesFilters(post, filters)), [posts, filters]);
  const sourceNames = useMemo(() => new Map(sources.map((s) => [s.id, s.name])), [sources]);
  const networks = useMemo(() => [...new Set(posts.map((p) => p.network))].sort(), [posts]);
  const languages = useMemo(() => [...new Set(posts.map((p) => p.lang).filter((l): l is string => !!l))].sort(), [posts]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 120,
    overscan: 6,
    getItemKey: (index) => visible[index].id,
  });

  return (
    <div className="feed">
      <div className="feed-bar">
        <FeedFilters value={filters} onChange={setFilters} sources={sources} networks={networks} languages={languages} />
        <span className="spacer" />
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
      <div ref={scroller} className="feed-scroll" data-testid="feed-list">
        {visible.length === 0 ? <p className="muted" style={{ padding: "1rem" }}>{t("empty")}</p> : null}
        <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
          {virtualizer.getVirtualItems().map((item) => (
            <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} style={{ position: "absolute", top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}>
              <PostCard post={visible[item.index]} sourceName={sourceNames.get(visible[item.index].sourceId ?? "")} blurMedia={blurMedia} />
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
