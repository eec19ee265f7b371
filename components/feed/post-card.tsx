"use client";

import { useFormatter, useTranslations } from "next-intl";
import { memo, useState } from "react";
import type { FeedPost } from "@/lib/ingest/feed-post";
import type { LabelChange } from "./label-keys";
import { PostUnderstandingRow } from "./post-understanding";
import { SolidarityFromPost } from "../solidarity/from-post-action";

/** One post: plain text only (never the network's HTML), author, time, media, link to the original. */
type Props = {
  post: FeedPost;
  sourceName?: string;
  blurMedia?: boolean;
  selected?: boolean;
  onSelect?: (postId: string) => void;
  onLabel?: (postId: string, change: LabelChange) => void;
  /** Copies folded under this post (its story's other posts). */
  copies?: number;
  copiesShown?: boolean;
  onToggleCopies?: (storyId: string) => void;
};

export const PostCard = memo(function PostCard({ post, sourceName, blurMedia, selected, onSelect, onLabel, copies, copiesShown, onToggleCopies }: Props) {
  const t = useTranslations("feed");
  const tu = useTranslations("understanding");
  const format = useFormatter();
  const [revealed, setRevealed] = useState(!blurMedia);
  return (
    <article
      className={`post${selected ? " selected" : ""}${post.understanding?.urgent ? " is-urgent" : ""}`}
      data-testid="feed-post"
      data-post-id={post.id}
      aria-current={selected ? "true" : undefined}
      onClick={() => onSelect?.(post.id)}
    >
      <header>
        <span className={`network net-${post.network}`}>{post.network}</span>
        <strong>{post.authorName ?? post.authorHandle ?? t("unknownAuthor")}</strong>
        {post.authorHandle ? <span className="muted"> {post.authorHandle}</span> : null}
        {copies && copies > 0 && post.understanding?.storyId ? (
          <button
            type="button"
            className="link small copies-toggle"
            data-testid="story-copies"
            onClick={(e) => {
              e.stopPropagation();
              onToggleCopies?.(post.understanding!.storyId!);
            }}
          >
            {tu("copies", { count: copies })} · {copiesShown ? tu("hideCopies") : tu("showCopies")}
          </button>
        ) : null}
        <span className="spacer" />
        <time dateTime={post.postedAt} className="muted">
          {format.dateTime(new Date(post.postedAt), { hour: "2-digit", minute: "2-digit", day: "numeric", month: "short" })}
        </time>
      </header>
      {post.repostOf ? <p className="muted small">{t("repost")}</p> : null}
      <p className="post-text" lang={post.lang ?? undefined}>
        {post.text}
      </p>
      {post.media.length ? (
        <div className="media-row">
          {post.media.map((media, index) =>
            media.fileId ? (
              <button key={index} type="button" className="media-button" onClick={() => setRevealed(true)} title={revealed ? (media.alt ?? t("image")) : t("reveal")}>
                {/* eslint-disable-next-line @next/next/no-img-element -- stored thumbnail, blurred until revealed when the activation asks */}
                <img src={`/api/media/${media.fileId}?variant=${revealed ? "thumb" : "blurred"}`} alt={media.alt ?? t("image")} loading="lazy" />
              </button>
            ) : media.type === "image" && media.url ? (
              <a key={index} href={media.url} target="_blank" rel="noopener noreferrer nofollow">
                {/* eslint-disable-next-line @next/next/no-img-element -- external network media, sized by CSS */}
                <img src={media.url} alt={media.alt ?? t("image")} loading="lazy" referrerPolicy="no-referrer" onError={(e) => ((e.target as HTMLImageElement).style.display = "none")} />
              </a>
            ) : (
              <span key={index} className="badge">
                {media.type === "video" ? t("video") : t("media")}
              </span>
            ),
          )}
        </div>
      ) : null}
      <PostUnderstandingRow understanding={post.understanding} onLabel={onLabel ? (change) => onLabel(post.id, change) : undefined} />
      <footer className="muted small">
        {post.geo ? <span>📍 {post.geo.lat.toFixed(3)}, {post.geo.lon.toFixed(3)} · </span> : null}
        {post.lang ? <span>{post.lang} · </span> : null}
        {sourceName ? <span>{sourceName} · </span> : null}
        {post.edited ? <span>{t("edited")} · </span> : null}
        {post.url ? (
          <a href={post.url} target="_blank" rel="noopener noreferrer nofollow">
            {t("original")}
          </a>
        ) : null}
        {onLabel ? <> · <SolidarityFromPost postId={post.id} /></> : null}
      </footer>
    </article>
  );
});
