import type { FeedPost, PostUnderstanding } from "../ingest/feed-post";

/**
 * Every Socket.IO event name and payload, in one place (`noun:verb`).
 * Shared by the socket server, the browser client and the tests.
 */
export type PresenceUser = { userId: string; name: string; role: string };

export type ActivationEventEnvelope = {
  activationId: string;
  seq: number;
  type: string;
  payload: unknown;
};

export type JoinResult =
  | { ok: true; activationId: string; latestSeq: number; presence: PresenceUser[] }
  | { ok: false; error: "INVALID_INPUT" | "NOT_FOUND" | "UNAUTHENTICATED" };

export type SyncResult =
  | { ok: true; events: ActivationEventEnvelope[]; latestSeq: number; complete: boolean }
  | { ok: false; error: "INVALID_INPUT" | "NOT_FOUND" | "UNAUTHENTICATED" };

export type ServerToClientEvents = {
  "presence:update": (update: { activationId: string; users: PresenceUser[] }) => void;
  "activation:event": (event: ActivationEventEnvelope) => void;
  "session:revoked": (info: { reason: string }) => void;
  /** The session token the socket was opened with has expired: reconnect with the current cookie. */
  "session:expired": () => void;
  /** Something changed in the list of activations this user sees (home screen refresh). */
  "activations:changed": (info: { activationId: string }) => void;
  /** This socket was taken out of an activation's room: its access ended. */
  "activation:access-ended": (info: { activationId: string }) => void;
  "feed:posts": (batch: FeedPostsEvent) => void;
  "feed:changes": (changes: FeedChangesEvent) => void;
  "feed:understood": (news: FeedUnderstoodEvent) => void;
  "triage:claims": (news: TriageClaimsEvent) => void;
  /** Who else has this record (a report…) open, and whether they are editing it. */
  "record:viewers": (news: RecordViewersEvent) => void;
  /** An urgent escalation to this authority user (new, re-notified, or settled by someone). */
  "escalation:alert": (alert: EscalationAlert) => void;
};

export type RecordViewer = { userId: string; name: string; editing: boolean };
export type RecordViewersEvent = { activationId: string; record: string; viewers: RecordViewer[] };

/** Feed news: new posts, and deletions or edits of posts already shown. */
export type FeedPostsEvent = { activationId: string; posts: FeedPost[]; skipped?: number };
export type FeedChangesEvent = { activationId: string; deleted: string[]; edited: { id: string; text: string }[] };
/** Enrichment results (or volunteers' labels) for posts already announced; `labels`: the activation's model's label count. */
export type FeedUnderstoodEvent = { activationId: string; items: { id: string; understanding: PostUnderstanding }[]; labels?: number };
/** Who took or let go which post of the triage queue. */
export type TriageClaimsEvent = { activationId: string; claimed: { postId: string; userId: string; userName: string; expiresAt: string }[]; released: string[] };
export type VolatileEventName = "feed:posts" | "feed:changes" | "feed:understood" | "triage:claims";

/** Event log and situation reports (stored activation events): a manual log entry, a situation report created or edited. */
export type DashboardEventName = "eventlog:entry" | "sitrep:changed";

/** Events addressed to one user's sockets rather than to an activation room. */
export type UserEventName = "session:revoked" | "activations:changed" | "escalation:alert";

export type ClientToServerEvents = {
  "activation:join": (request: unknown, ack: (result: JoinResult) => void) => void;
  "activation:leave": (request: unknown) => void;
  "activation:sync": (request: unknown, ack: (result: SyncResult) => void) => void;
  /** This tab now shows `record` (null: none), editing it or not. */
  "record:view": (request: unknown) => void;
};


// Map (watch room): sequenced activation events, so a map that reconnects replays what it missed.
/** A drawn feature was created, changed or deleted (payload of the activation event `map:feature`). */
export type MapFeatureEvent = {
  action: "created" | "updated" | "deleted";
  feature: { id: string; kind: string; geometry: unknown; label: string; note: string; version: number; updatedAt: string; published: boolean; publicLabel: string | null };
};
/** A report's marker was moved (payload of the activation event `map:report`). */
export type MapReportEvent = { reportId: string; lat: number; lon: number; precision: string; placeName: string | null; version: number };
export const MAP_FEATURE_EVENT = "map:feature";
export const MAP_REPORT_EVENT = "map:report";
/** Relay messages (issue 11): any step of a message's workflow, or the relay settings, changed. Stored, sequenced. */
export const RELAY_CHANGED = "relay:changed";
export type RelayChangedEvent = { messageId?: string; status?: "DRAFT" | "APPROVED" | "PUBLISHED" | "WITHDRAWN"; failed?: string; settings?: true };

export const activationRoom = (activationId: string) => `activation:${activationId}`;
export const userRoom = (userId: string) => `user:${userId}`;
export const recordRoom = (activationId: string, record: string) => `record:${activationId}:${record}`;

// --- Public map (read-only `/public` namespace; payloads carry public, redacted fields only) ---
export type PublicMapReport = {
  id: string;
  title: string;
  summary: string;
  category: string;
  categoryLabel: { fr: string; en: string };
  observedAt: string;
  currency: "CURRENT" | "RESOLVED" | "OUTDATED";
  publishedAt: string | null;
  /** Coarsened on the server (commune centre or grid cell centre); null when the report has no place. */
  lat: number | null;
  lon: number | null;
  /** What the point stands for: "commune" (its centre), "departement", or "grid" (a cell of `cellMeters`). */
  area: "commune" | "departement" | "grid" | null;
  placeName: string | null;
  cellMeters: number | null;
};
export type PublicMapFeature = { id: string; kind: string; label: string; geometry: { type: string; coordinates: unknown }; publishedAt: string | null };
export type PublicServerToClientEvents = {
  /** A report appeared on, or changed on, the public map. */
  "public:report": (report: PublicMapReport) => void;
  "public:feature": (feature: PublicMapFeature) => void;
  "public:removed": (removed: { kind: "report" | "feature"; id: string }) => void;
  /** Settings changed (precision…): fetch the map again. */
  "public:refresh": (info: Record<string, never>) => void;
  /** The public map was switched off: the page says so and the socket closes. */
  "public:closed": (info: Record<string, never>) => void;
};
export const publicRoom = (activationId: string) => `public:${activationId}`;
/**
 * Urgent escalations. `escalation:changed` is a sequenced activation event
 * ({ escalationId, reportId, status }); `escalation:alert` goes to each
 * authority user who may read the activation, whether or not they are in its room.
 */
export type EscalationAlert = {
  escalationId: string;
  activationId: string;
  activationName: string;
  reportId: string;
  reportTitle: string;
  categoryLabel: string;
  placeName: string | null;
  message: string;
  createdAt: string;
  createdByName: string | null;
  notifyCount: number;
  status: "OPEN" | "ACKNOWLEDGED";
  acknowledgedByName: string | null;
};
export type EscalationChangedEvent = { escalationId: string; reportId: string; status: "OPEN" | "ACKNOWLEDGED" };

/** Solidarity board: activation event "solidarity:changed" carries item ids only; each reader re-reads the board with their own rights (contacts stay private). */
export const SOLIDARITY_CHANGED_EVENT = "solidarity:changed";
export type SolidarityChangedEvent = { itemIds: string[] };
