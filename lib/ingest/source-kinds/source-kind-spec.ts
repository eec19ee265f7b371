import type { z } from "zod";
import type { ConnectorFactory } from "../connector";
import type { CreatableSourceKind } from "./creatable-kinds";

export type SourceTestResult =
  | { kind: "payloads"; items: { index: number; verdict: "accepted" | "filtered" | "rejected"; detail: string }[] }
  | { kind: "replay"; events: number; posts: number }
  | { kind: "feeds"; feeds: ProbeResult[] };

/** One endpoint checked by "test connection": what was called, whether it answered, and what it said. */
export type ProbeResult = { url: string; ok: boolean; detail: string };

export type SourceTestContext = {
  activationId: string;
  sourceId: string;
  config: Record<string, unknown>;
  secret: string | null;
  /** Sample payloads pasted by the coordinator (push sources). */
  sample: string | null;
  signal: AbortSignal;
};

/**
 * What Vigie knows of one kind of source: the settings a coordinator gives
 * (validated, stored as the source's config), which of them is a credential
 * (kept in Source.secret, server-side, never shown again), the connector that
 * runs it, and what "test connection" does. Adding a network is adding one of these.
 */
export type SourceKindSpec = {
  kind: CreatableSourceKind;
  settings: z.ZodType<Record<string, unknown>>;
  /** The settings field holding a credential; blank on edit keeps the stored one. */
  secretField?: string;
  /** The error code when a source of this kind is saved without its credential. */
  requiresSecret?: string;
  /** A webhook's signing key is made by Vigie and shown once. */
  generatesSecret?: boolean;
  connector?: ConnectorFactory;
  test: (context: SourceTestContext) => Promise<SourceTestResult>;
};
