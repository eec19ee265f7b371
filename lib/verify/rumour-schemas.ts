import { z } from "zod";
import { postIdSchema } from "../ingest/post-id";

const ids = z.array(postIdSchema).max(200).default([]);

export const createRumourSchema = z.object({
  claim: z.string().trim().min(5, { message: "claim_too_short" }).max(500),
  postIds: ids,
  reportId: z.uuid().nullish(),
});

export const linkRumourSchema = z.object({ postIds: ids, reportId: z.uuid().nullish() }).refine((v) => v.postIds.length > 0 || v.reportId, { message: "link_empty" });

export const rumourStatusSchema = z.object({ status: z.enum(["UNDER_WATCH", "DEBUNKED", "CONFIRMED"]) });
