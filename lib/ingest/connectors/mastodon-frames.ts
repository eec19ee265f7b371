import { unparseable } from "../schemas";
import { MastodonHttpError, refusedToken } from "./mastodon-rest";
import type { MastodonStatus } from "./mastodon-status";

/**
 * One text frame of Mastodon's streaming WebSocket, read as the documented
 * `{"stream":[…],"event":…,"payload":"…"}`: the payload of `update` and
 * `status.update` is a Status serialised to a string, the one of `delete` the
 * bare status id. Anything else comes back as an unparseable payload to
 * dead-letter (the stream carries on), or as an error when the server says
 * the subscription failed.
 */
export type StreamFrame =
  | { kind: "ignore" }
  | { kind: "update"; status: MastodonStatus & { id: string } }
  | { kind: "edit"; status: MastodonStatus & { id: string } }
  | { kind: "delete"; localId: string }
  | { kind: "unparseable"; payload: ReturnType<typeof unparseable> }
  | { kind: "error"; error: Error };

// Events the hashtag stream has no use for (they belong to user streams); ignored, not dead-lettered.
const IGNORED = new Set(["notification", "conversation", "filters_changed", "announcement", "announcement.reaction", "announcement.delete", "encrypted_message", "notifications_merged"]);

export function readFrame(text: string, host: string): StreamFrame {
  const trimmed = text.trim();
  // Heartbeats: an empty frame or an SSE-style comment (":thump").
  if (trimmed === "" || trimmed.startsWith(":")) return { kind: "ignore" };
  let frame: unknown;
  try {
    frame = JSON.parse(trimmed);
  } catch {
    return bad(`mastodon stream (${host}): frame is not JSON`, text);
  }
  if (!frame || typeof frame !== "object" || Array.isArray(frame)) return bad(`mastodon stream (${host}): frame is not an object`, frame);
  const { event, payload, error, status } = frame as { event?: unknown; payload?: unknown; error?: unknown; status?: unknown };
  if (typeof error === "string") {
    if (status === 401 || status === 403) return { kind: "error", error: refusedToken(host, status) };
    return { kind: "error", error: new MastodonHttpError(typeof status === "number" ? status : 502, `${host}: streaming error: ${error.slice(0, 200)}`) };
  }
  if (typeof event !== "string") return bad(`mastodon stream (${host}): frame without an event`, frame);
  if (event === "update" || event === "status.update") {
    const parsed = readStatus(payload);
    if (!parsed) return bad(`mastodon stream (${host}): ${event} payload is not a status`, frame);
    return { kind: event === "update" ? "update" : "edit", status: parsed };
  }
  if (event === "delete") {
    const id = typeof payload === "number" ? String(payload) : payload;
    if (typeof id !== "string" || !/^[0-9A-Za-z_-]{1,40}$/.test(id)) return bad(`mastodon stream (${host}): delete payload is not a status id`, frame);
    return { kind: "delete", localId: id };
  }
  if (IGNORED.has(event)) return { kind: "ignore" };
  return bad(`mastodon stream (${host}): unknown event "${event.slice(0, 60)}"`, frame);
}

function readStatus(payload: unknown): (MastodonStatus & { id: string }) | null {
  let status: unknown = payload;
  if (typeof payload === "string") {
    try {
      status = JSON.parse(payload);
    } catch {
      return null;
    }
  }
  if (!status || typeof status !== "object" || Array.isArray(status)) return null;
  const candidate = status as MastodonStatus;
  if (typeof candidate.id !== "string" || (typeof candidate.uri !== "string" && !candidate.reblog) || typeof candidate.created_at !== "string") return null;
  return candidate as MastodonStatus & { id: string };
}

function bad(reason: string, raw: unknown): StreamFrame {
  return { kind: "unparseable", payload: unparseable(reason, raw) };
}
