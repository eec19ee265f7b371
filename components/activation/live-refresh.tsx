"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useSocket } from "../realtime/realtime-provider";

/** Re-renders the page when the server says this user's list of activations changed. */
export function ActivationsLiveRefresh() {
  const socket = useSocket();
  const router = useRouter();
  useEffect(() => {
    if (!socket) return;
    const refresh = () => router.refresh();
    socket.on("activations:changed", refresh);
    return () => {
      socket.off("activations:changed", refresh);
    };
  }, [socket, router]);
  return null;
}
