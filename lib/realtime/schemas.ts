import { z } from "zod";

export const joinRequestSchema = z.object({ activationId: z.string().uuid() });
export const syncRequestSchema = z.object({
  activationId: z.string().uuid(),
  sinceSeq: z.number().int().min(0),
});

export const recordViewSchema = z.object({
  activationId: z.string().uuid(),
  /** "report:<uuid>", or null when the tab leaves the record. */
  record: z.string().regex(/^[a-z]+:[0-9a-f-]{36}$/).nullable(),
  editing: z.boolean().default(false),
});
