"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { FeedPost } from "@/lib/ingest/feed-post";
import type { FeedChangesEvent, FeedPostsEvent, FeedUnderstoodEvent } from "@/lib/realtime/events";
import { useSocket } from "../realtime/realtime-provider";

// Enough to scroll back an hour of a busy watch; older pages load on demand.
const MAX_POSTS = 5000;

/**
 * The feed's posts, newest first, updated live. Incoming posts are gathered
 * and applied at most once per animation frame (batched renders), so 100 posts
 * a second cost a few renders. While paused, new posts wait in a buffer. After
 * joining and after a reconnect, the newest posts are fetched and merged by id.
 */
export function useLivePosts(activationId: string, initial: FeedPost[], initialUrgent: FeedPost[], initialLabels: number) {
  const socket = useSocket();
  const [posts, setPosts] = useState<FeedPost[]>(initial);
  // Urgent posts stay pinned however far the chronological feed has scrolled on.
  const [urgent, setUrgent] = useState<FeedPost[]>(initialUrgent);
  const [labels, setLabels] = useState(initialLabels);
  const postsRef = useRef(posts);
  useEffect(() => {
    postsRef.current = posts;
  }, [posts]);
  const [paused, setPausedState] = useState(false);
  const [buffered, setBuffered] = useState(0);
  const incoming = useRef<FeedPost[]>([]);
  const buffer = useRef<FeedPost[]>([]);
  const pausedRef = useRef(false);
  const frame = useRef<number | null>(null);
  // Ids already shown or queued. Not a high-water mark: two sources' transactions commit in any
  // order, so a post can arrive after one with a higher id and must still show.
  const seen = useRef<Set<string>>(new Set(initial.map((post) => post.id)));

  const apply = useCallback(() => {
    frame.current = null;
    const fresh = incoming.current;
    incoming.current = [];
    if (!fresh.length) return;
    if (pausedRef.current) {
      buffer.current = [...fresh.reverse(), ...buffer.current].slice(0, MAX_POSTS);
      setBuffered(buffer.current.length);
      return;
    }
    setPosts((current) => [...fresh.reverse(), ...current].slice(0, MAX_POSTS));
  }, []);

  const receive = useCallback(
    (list: FeedPost[]) => {
      if (seen.current.size > 20_000) seen.current = new Set([...postsRef.current, ...buffer.current].map((post) => post.id));
      for (const post of list) {
        if (seen.current.has(post.id)) continue; // already shown (catch-up overlap)
        seen.current.add(post.id);
        incoming.current.push(post);
      }
      if (frame.current === null) frame.current = requestAnimationFrame(apply);
    },
    [apply],
  );

  useEffect(() => {
    if (!socket) return;
    const onPosts = (batch: FeedPostsEvent) => {
      if (batch.activationId !== activationId) return;
      receive(batch.posts);
      // Under a burst the server sends the newest posts only: fetch the ones it skipped.
      if (batch.skipped) void catchUp();
    };
    const onChanges = (changes: FeedChangesEvent) => {
      if (changes.activationId !== activationId) return;
      const deleted = new Set(changes.deleted);
      const edited = new Map(changes.edited.map((e) => [e.id, e.text]));
      const patch = (list: FeedPost[]) =>
        list.filter((p) => !deleted.has(p.id)).map((p) => (edited.has(p.id) ? { ...p, text: edited.get(p.id)!, edited: true } : p));
      buffer.current = patch(buffer.current);
      setPosts(patch);
    };
    const onUnderstood = (news: FeedUnderstoodEvent) => {
      if (news.activationId !== activationId) return;
      if (news.labels !== undefined) setLabels(news.labels);
      const understood = new Map(news.items.map((item) => [item.id, item.understanding]));
      const patch = (list: FeedPost[]) => list.map((p) => (understood.has(p.id) ? { ...p, understanding: understood.get(p.id)! } : p));
      buffer.current = patch(buffer.current);
      setPosts(patch);
      const candidates = patch([...postsRef.current, ...buffer.current]);
      setUrgent((pinned) => pinUrgent(patch(pinned), candidates, understood));
    };
    // The newest 500, merged by id with what is shown: fills any gap without duplicates. Never
    // "after the newest id seen": live posts arriving in the meantime would move that mark past a
    // post that was missed (stored before this tab joined its room, or skipped in a burst).
    async function catchUp() {
      const response = await fetch(`/api/activations/${activationId}/posts?limit=500`);
      if (!response.ok) return;
      const latest = ((await response.json()) as { posts: FeedPost[] }).posts;
      for (const post of latest) seen.current.add(post.id);
      setPosts((current) => mergeById(latest, current));
    }
    socket.on("feed:posts", onPosts);
    socket.on("feed:changes", onChanges);
    socket.on("feed:understood", onUnderstood);
    socket.io.on("reconnect", catchUp);
    // Posts stored between the page's render and this tab joining the activation's room were
    // announced to no one here: fetch them once the room is joined. The join is acknowledged in
    // another component (ActivationLive), so ask twice: soon, and again for a slow join on a busy
    // server. Both merge by id: nothing shows twice.
    const joinTimers = [1500, 6000].map((delay) => setTimeout(() => void catchUp(), delay));
    return () => {
      socket.off("feed:posts", onPosts);
      socket.off("feed:changes", onChanges);
      socket.off("feed:understood", onUnderstood);
      socket.io.off("reconnect", catchUp);
      joinTimers.forEach(clearTimeout);
    };
  }, [socket, activationId, receive]);

  const setPaused = useCallback((next: boolean) => {
    pausedRef.current = next;
    setPausedState(next);
    if (!next && buffer.current.length) {
      const waiting = buffer.current;
      buffer.current = [];
      setBuffered(0);
      setPosts((current) => [...waiting, ...current].slice(0, MAX_POSTS));
    }
  }, []);

  const loadOlder = useCallback(async () => {
    const oldest = posts.at(-1);
    if (!oldest) return;
    const response = await fetch(`/api/activations/${activationId}/posts?before=${oldest.id}&limit=200`);
    if (response.ok) {
      const older = ((await response.json()) as { posts: FeedPost[] }).posts;
      setPosts((current) => mergeById(older, current));
    }
  }, [activationId, posts]);

  return { posts, urgent, labels, paused, buffered, setPaused, loadOlder };
}

const MAX_PINNED = 30;

/** The pinned list after news: posts newly found urgent join it (newest first), posts no longer urgent leave it. */
function pinUrgent(pinned: FeedPost[], posts: FeedPost[], understood: Map<string, FeedPost["understanding"]>): FeedPost[] {
  const kept = pinned.filter((p) => p.understanding?.urgent && !p.deleted);
  const known = new Set(kept.map((p) => p.id));
  const joining = posts.filter((p) => understood.get(p.id)?.urgent && !known.has(p.id));
  return mergeById(joining, kept).slice(0, MAX_PINNED);
}

/** Newest first, one entry per id, capped. */
function mergeById(a: FeedPost[], b: FeedPost[]): FeedPost[] {
  const byId = new Map<string, FeedPost>();
  for (const post of [...a, ...b]) if (!byId.has(post.id)) byId.set(post.id, post);
  return [...byId.values()].sort((x, y) => (BigInt(y.id) > BigInt(x.id) ? 1 : -1)).slice(0, MAX_POSTS);
}
