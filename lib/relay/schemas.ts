import { z } from "zod";
import { isHazard } from "../activation/hazards";

/** Input schemas of the relay: messages, rebuttals, the library and the network accounts. */
const httpUrl = z
  .string()
  .trim()
  .url("url_invalid")
  .refine((value) => /^https?:\/\//i.test(value), "url_invalid");

const optionalUrl = z.preprocess((value) => (value === "" || value === null ? undefined : value), httpUrl.optional());

const hashtagList = z.preprocess(
  (value) => (typeof value === "string" ? value.split(/[\s,]+/).filter(Boolean) : value),
  z.array(z.string().regex(/^#?[\p{L}\p{N}_]{1,60}$/u, "hashtag_invalid").transform((tag) => (tag.startsWith("#") ? tag : `#${tag}`))).max(10),
);

const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());
const optionalUuid = z.preprocess((value) => (value === "" || value === null ? undefined : value), z.uuid().optional());

export const RELAY_KINDS = ["SAFETY", "REBUTTAL", "SOLIDARITY", "INITIATIVE"] as const;

// Rebuttals and solidarity calls are drafted from a rumour or a verified item, whose own rules
// (an official source quoted, a verified need or offer) this form would bypass.
export const relayDraftSchema = z.object({
  kind: z.enum(["SAFETY", "INITIATIVE"], "relay_kind_not_here").default("SAFETY"),
  title: z.string().trim().min(3, "title_too_short").max(200),
  body: z.string().trim().min(1, "text_required").max(5000),
  link: optionalUrl,
  hashtags: hashtagList.default([]),
  templateId: optionalUuid,
  imageAlt: z.preprocess((value) => (value === "" || value === null ? undefined : value), z.string().trim().max(1500).optional()),
  showOnPublicMap: checkbox.default(true),
});
export type RelayDraftInput = z.infer<typeof relayDraftSchema>;

export const relayUpdateSchema = relayDraftSchema.omit({ kind: true, templateId: true }).extend({ version: z.coerce.number().int().positive() });

export const relayVersionSchema = z.object({ version: z.coerce.number().int().positive() });

export const RELAY_NETWORKS = ["mastodon", "bluesky"] as const;
export type RelayNetwork = (typeof RELAY_NETWORKS)[number];

export const relayPublishSchema = relayVersionSchema.extend({ network: z.enum([...RELAY_NETWORKS, "share_kit"]) });

/** A rebuttal quotes the official source: both the link and the quote are required. */
export const relayRebuttalSchema = z
  .object({
    rumourId: optionalUuid,
    reportId: optionalUuid,
    title: z.string().trim().min(3, "title_too_short").max(200),
    text: z.string().trim().min(5, "text_required").max(3000),
    quote: z.string().trim().min(5, "relay_quote_required").max(1000),
    sourceName: z.string().trim().min(2, "relay_source_required").max(200),
    sourceUrl: httpUrl,
    hashtags: hashtagList.default([]),
  })
  .refine((value) => value.rumourId || value.reportId, { message: "relay_rebuttal_target", path: ["rumourId"] });

export const relayTemplateSchema = z.object({
  hazard: z.string().refine(isHazard, "hazard_unknown"),
  title: z.string().trim().min(3, "title_too_short").max(200),
  body: z.string().trim().min(1, "text_required").max(5000),
  sourceName: z.string().trim().min(2, "relay_source_required").max(200),
  sourceUrl: httpUrl,
  hashtags: hashtagList.default([]),
  active: checkbox.default(true),
});

export const relayAccountSchema = z.object({
  network: z.enum(RELAY_NETWORKS),
  baseUrl: httpUrl.transform((url) => url.replace(/\/+$/, "")),
  handle: z.string().trim().max(200).default(""),
  // Left empty: keep the stored secret.
  secret: z.string().trim().max(2000).default(""),
  remove: checkbox.default(false),
});

export const relaySettingsSchema = z.object({ relayNeedsAuthorityApproval: checkbox });
