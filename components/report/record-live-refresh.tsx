"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { ActivationEventEnvelope } from "@/lib/realtime/events";
import { useSocket } from "../realtime/realtime-provider";

/** Reloads the page's data when someone changes a record: one report (with its id), any report, or — with another event type — rumours. */
export function RecordLiveRefresh({ activationId, reportId, eventType = "report:changed" }: { activationId: string; reportId?: string; eventType?: string }) {
  const socket = useSocket();
  const router = useRouter();
  useEffect(() => {
    if (!socket) return;
    const onEvent = (event: ActivationEventEnvelope) => {
      if (event.activationId !== activationId || event.type !== eventType) return;
      if (reportId && (event.payload as { reportId?: string }).reportId !== reportId) return;
      router.refresh();
    };
    socket.on("activation:event", onEvent);
    return () => void socket.off("activation:event", onEvent);
  }, [socket, activationId, reportId, eventType, router]);
  return null;
}
