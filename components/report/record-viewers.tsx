"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { RecordViewer, RecordViewersEvent } from "@/lib/realtime/events";
import { useSocket } from "../realtime/realtime-provider";

/**
 * Tells the others this tab shows `record` (and whether it is editing it),
 * and shows who else is on it: two volunteers about to edit the same report
 * see each other before the second save is refused.
 */
export function RecordViewers({ activationId, record, currentUserId, editing }: { activationId: string; record: string; currentUserId: string; editing: boolean }) {
  const t = useTranslations("reports");
  const socket = useSocket();
  const [viewers, setViewers] = useState<RecordViewer[]>([]);
  const editingRef = useRef(editing);
  editingRef.current = editing;
  useEffect(() => {
    if (!socket) return;
    const onViewers = (news: RecordViewersEvent) => {
      if (news.activationId === activationId && news.record === record) setViewers(news.viewers);
    };
    // The activation's room is joined by the page layout; announce once connected (again after a reconnect).
    const announce = () => setTimeout(() => socket.emit("record:view", { activationId, record, editing: editingRef.current }), 300);
    socket.on("record:viewers", onViewers);
    socket.on("connect", announce);
    const first = announce();
    return () => {
      clearTimeout(first);
      socket.off("record:viewers", onViewers);
      socket.off("connect", announce);
      socket.emit("record:view", { activationId, record: null });
    };
  }, [socket, activationId, record]);
  // Starting or stopping an edit is news for the others, without leaving the record.
  useEffect(() => {
    socket?.emit("record:view", { activationId, record, editing });
  }, [socket, activationId, record, editing]);
  const others = viewers.filter((viewer) => viewer.userId !== currentUserId);
  if (others.length === 0) return null;
  return (
    <p className="alert info small" data-testid="record-viewers">
      {t("alsoHere", { names: others.map((viewer) => (viewer.editing ? t("editingName", { name: viewer.name }) : viewer.name)).join(", ") })}
    </p>
  );
}
