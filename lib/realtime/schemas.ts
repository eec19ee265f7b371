import { z } from "zod";

export const joinRequestSchema = z.object({ activationId: z.string().uuid() });
export const syncRequestSchema = z.object({
  activationId: z.string().uuid(),
  sinceSeq: z.number().int().min(0),
});
