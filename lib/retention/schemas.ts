import { z } from "zod";

/** A handle ("@jdupont", "jdupont.bsky.social") or a person's name; short terms would match everything. */
export const subjectSchema = z.object({ subject: z.string().trim().min(3, { message: "subject_too_short" }).max(200) });
