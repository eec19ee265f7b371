"use client";

import { useEffect, useRef, type RefObject } from "react";
import type { FeedPost } from "@/lib/ingest/feed-post";
import { CLAIM_RENEW_SECONDS } from "@/lib/triage/claim-lease";
import { changeForKey, type LabelChange } from "../feed/label-keys";

type Keys = {
  currentRef: RefObject<FeedPost | null>;
  next: () => void;
  finish: (state: "DISCARDED" | "HANDLED") => void;
  release: () => void;
  label: (change: LabelChange) => void;
  openHelp: () => void;
  openReport: () => void;
  openAttach: () => void;
};

/**
 * The desk's keys: n next, a digit the type, u urgency, x discard, Enter
 * handled, Escape let go, r report, m attach, ? help — ignored while typing in
 * a field, and Enter on a focused link or button activates it as anywhere else.
 */
export function useTriageKeys(keys: Keys): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { currentRef, next, finish, release, label, openHelp, openReport, openAttach } = latest.current;
      const target = event.target as HTMLElement | null;
      if (event.ctrlKey || event.metaKey || event.altKey || target?.closest("input, textarea, select, [contenteditable]")) return;
      if (event.key === "Enter" && target?.closest("a, button")) return;
      const act = (action: () => void) => (event.preventDefault(), action());
      const current = currentRef.current;
      if (event.key === "?") return act(openHelp);
      if (event.key === "n") return act(next);
      if (!current) return;
      if (event.key === "r") return act(openReport);
      if (event.key === "m") return act(openAttach);
      if (event.key === "x") return act(() => finish("DISCARDED"));
      if (event.key === "Enter") return act(() => finish("HANDLED"));
      if (event.key === "Escape") return act(release);
      const change = changeForKey(event.key, current.understanding);
      if (change) act(() => label(change));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}

// A volunteer who has not touched the page for this long lets the post go back to the queue.
const IDLE_MS = 120_000;

/**
 * Keeps the lease on the open post alive while the volunteer is active; a
 * lost lease (expired, taken by someone) is reported. Idle for two minutes,
 * or leaving the desk, releases the post.
 */
export function useLeaseRenewal(postId: string | null, renew: (postId: string) => Promise<{ ok: boolean }>, release: (postId: string) => void, onLost: () => void, onIdle: () => void): void {
  const lastActivity = useRef(Date.now());
  useEffect(() => {
    const touch = () => (lastActivity.current = Date.now());
    for (const type of ["keydown", "pointerdown", "pointermove", "wheel"] as const) window.addEventListener(type, touch, { passive: true });
    return () => {
      for (const type of ["keydown", "pointerdown", "pointermove", "wheel"] as const) window.removeEventListener(type, touch);
    };
  }, []);
  useEffect(() => {
    if (!postId) return;
    lastActivity.current = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - lastActivity.current > IDLE_MS) {
        clearInterval(timer);
        release(postId);
        onIdle();
        return;
      }
      void renew(postId).then((result) => !result.ok && onLost());
    }, CLAIM_RENEW_SECONDS * 1000);
    return () => clearInterval(timer);
    // The callbacks are fresh closures each render; the interval only depends on the post.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [postId, renew]);
  // Leaving the desk (another page of the app) lets the post go at once.
  const held = useRef(postId);
  held.current = postId;
  const releaseRef = useRef(release);
  releaseRef.current = release;
  useEffect(() => () => void (held.current && releaseRef.current(held.current)), []);
}
