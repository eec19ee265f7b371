"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { FeedPost } from "@/lib/ingest/feed-post";
import type { LabelChange } from "./label-keys";

type Props = { posts: FeedPost[]; onLabel?: (postId: string, change: LabelChange) => void; onSelect: (postId: string) => void };

/** Posts flagged urgent (life-safety signals), pinned above the chronological feed until a volunteer unflags them. */
export function UrgentStrip({ posts, onLabel, onSelect }: Props) {
  const t = useTranslations("understanding");
  const format = useFormatter();
  if (posts.length === 0) return null;
  // One line per story: copies of an urgent call are one call, counted beside it.
  const copies = new Map<string, number>();
  for (const post of posts) {
    const story = post.understanding?.storyId;
    if (story) copies.set(story, (copies.get(story) ?? 0) + 1);
  }
  const seen = new Set<string>();
  const lines = posts.filter((post) => {
    const story = post.understanding?.storyId;
    if (!story) return true;
    if (seen.has(story)) return false;
    seen.add(story);
    return true;
  });
  return (
    <section className="urgent-strip" aria-labelledby="urgent-strip-title" data-testid="urgent-strip">
      <h2 id="urgent-strip-title">{t("urgentTitle", { count: lines.length })}</h2>
      <ul>
        {lines.map((post) => (
          <li key={post.id}>
            <button type="button" className="link" onClick={() => onSelect(post.id)}>
              <time dateTime={post.postedAt}>{format.dateTime(new Date(post.postedAt), { hour: "2-digit", minute: "2-digit" })}</time>{" "}
              <strong>{post.authorName ?? post.authorHandle ?? "?"}</strong> — {post.text.slice(0, 180)}
            </button>
            {post.understanding?.urgencyTriggers.length ? <span className="muted small"> ({post.understanding.urgencyTriggers.slice(0, 3).join(", ")})</span> : null}
            {(copies.get(post.understanding?.storyId ?? "") ?? 1) > 1 ? <span className="badge small"> {t("copies", { count: copies.get(post.understanding!.storyId!)! - 1 })}</span> : null}
            {onLabel ? (
              <button type="button" className="link small" onClick={() => onLabel(post.id, { urgent: false })}>
                {t("notUrgent")}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
