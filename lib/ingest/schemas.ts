import { z } from "zod";

/**
 * What a source delivers, before normalisation: the documented body of the
 * signed webhook and the shape every connector produces. `text` may hold HTML
 * (`html: true`), which is turned into plain text and never rendered.
 */
const shortText = z.string().trim().max(300);
// Links from networks are shown as links: http(s) only, never javascript: or data:.
const webUrl = z.url({ protocol: /^https?$/ }).max(2000);

export const incomingMediaSchema = z.object({
  url: webUrl.optional(),
  fileId: z.uuid().optional(),
  type: z.enum(["image", "video", "audio", "other"]).default("image"),
  alt: z.string().max(2000).nullish(),
});

export const incomingPostSchema = z.object({
  kind: z.literal("post").default("post"),
  network: z.string().trim().toLowerCase().min(1).max(40),
  externalId: z.string().trim().min(1).max(200),
  url: webUrl.nullish(),
  author: z.object({ id: shortText.nullish(), handle: shortText.nullish(), name: shortText.nullish() }).default({}),
  text: z.string().max(20_000),
  html: z.boolean().default(false),
  lang: z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/).nullish(),
  postedAt: z.coerce.date(),
  media: z.array(incomingMediaSchema).max(20).default([]),
  geo: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).nullish(),
  repostOf: shortText.nullish(),
  quoteOf: shortText.nullish(),
  replyTo: shortText.nullish(),
});

export const incomingDeleteSchema = z.object({
  kind: z.literal("delete"),
  network: z.string().trim().toLowerCase().min(1).max(40),
  externalId: z.string().trim().min(1).max(200),
});

export const incomingEditSchema = z.object({
  kind: z.literal("edit"),
  network: z.string().trim().toLowerCase().min(1).max(40),
  externalId: z.string().trim().min(1).max(200),
  text: z.string().max(20_000),
  html: z.boolean().default(false),
});

export type IncomingPost = z.infer<typeof incomingPostSchema>;
export type IncomingDelete = z.infer<typeof incomingDeleteSchema>;
export type IncomingEdit = z.infer<typeof incomingEditSchema>;
export type IncomingEvent = IncomingPost | IncomingDelete | IncomingEdit;

/**
 * What a connector hands over when it cannot make sense of a network's event
 * (a frame that is not JSON, an unknown shape): dead-lettered with its reason,
 * while the stream carries on.
 */
export type UnparseablePayload = { kind: "unparseable"; reason: string; raw: unknown };

export function unparseable(reason: string, raw: unknown): UnparseablePayload {
  return { kind: "unparseable", reason, raw };
}

/** Validates one raw payload; a post is the default kind. */
export function parseIncoming(raw: unknown): { ok: true; event: IncomingEvent } | { ok: false; reason: string } {
  const kind = raw && typeof raw === "object" ? (raw as { kind?: unknown }).kind : undefined;
  if (kind === "unparseable") return { ok: false, reason: String((raw as UnparseablePayload).reason).slice(0, 1000) };
  const schema = kind === "delete" ? incomingDeleteSchema : kind === "edit" ? incomingEditSchema : incomingPostSchema;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, event: parsed.data };
  const reason = parsed.error.issues.map((issue) => `${issue.path.join(".") || "payload"}: ${issue.message}`).join("; ");
  return { ok: false, reason: reason.slice(0, 1000) };
}
