import { z } from "zod";
import { HAZARDS } from "./hazards";

const term = z.string().trim().min(1).max(80);
const termList = z.array(term).max(300).transform((items) => [...new Set(items)]);
const hashtag = z
  .string()
  .trim()
  .transform((tag) => (tag.startsWith("#") ? tag : `#${tag}`))
  .pipe(z.string().regex(/^#[\p{L}\p{N}_]{1,80}$/u, { message: "hashtag_invalid" }));

export const ringSchema = z.array(z.tuple([z.number(), z.number()])).min(3).max(2000);

export const areaInputSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("departements"), codes: z.array(z.string().regex(/^(\d{2}|2A|2B|97\d)$/)).min(1, { message: "departement_required" }).max(101) }),
  z.object({ mode: z.literal("polygon"), ring: ringSchema }),
]);
export type AreaInput = z.infer<typeof areaInputSchema>;

export const watchSettingsSchema = z.object({
  keywords: termList,
  hashtags: z.array(hashtag).max(200).transform((items) => [...new Set(items)]),
  exclusions: termList,
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1, { message: "language_required" }).max(20),
  expectedDurationHours: z.number().int().min(1).max(24 * 90).nullable(),
  /** Set at creation; afterwards only through the public map settings (lib/publish). */
  publicMapAllowed: z.boolean().optional(),
  blurMedia: z.boolean().default(false),
  retentionDays: z.number().int().min(1).max(365),
  authorityGraceDays: z.number().int().min(0).max(90),
});
export type WatchSettingsInput = z.infer<typeof watchSettingsSchema>;

export const createActivationSchema = watchSettingsSchema.extend({
  hazard: z.enum(HAZARDS),
  name: z.string().trim().min(3, { message: "name_too_short" }).max(120),
  requesterOrganizationIds: z.array(z.uuid()).max(20),
  area: areaInputSchema,
});
export type CreateActivationInput = z.infer<typeof createActivationSchema>;

export const statusChangeSchema = z.object({
  to: z.enum(["ACTIVE", "PAUSED", "CLOSED", "ARCHIVED"]),
  reason: z.string().trim().max(500).nullable().default(null),
});

export const memberInputSchema = z.object({
  userId: z.uuid({ message: "user_required" }),
  role: z.enum(["COORDINATOR", "VOLUNTEER", "OBSERVER"]),
});

export const shiftInputSchema = z
  .object({
    userId: z.uuid({ message: "user_required" }),
    startsAt: z.coerce.date({ message: "date_invalid" }),
    endsAt: z.coerce.date({ message: "date_invalid" }),
  })
  .refine((shift) => shift.endsAt.getTime() > shift.startsAt.getTime(), { message: "shift_ends_before_start", path: ["endsAt"] })
  .refine((shift) => shift.endsAt.getTime() - shift.startsAt.getTime() <= 24 * 3600_000, { message: "shift_too_long", path: ["endsAt"] });

export const handoverSchema = z.object({ body: z.string().trim().min(3, { message: "note_too_short" }).max(5000) });

export const grantInputSchema = z
  .object({
    userId: z.uuid({ message: "user_required" }),
    startsAt: z.coerce.date({ message: "date_invalid" }),
    endsAt: z.coerce.date({ message: "date_invalid" }),
    reason: z.string().trim().max(500).nullable().default(null),
  })
  .refine((grant) => grant.endsAt.getTime() > grant.startsAt.getTime(), { message: "grant_ends_before_start", path: ["endsAt"] });
