import { z } from "zod";
import { AppError } from "../errors";

/** A post's id as the browser and the API carry it: the bigint primary key written in decimal. */
export const postIdSchema = z.string().regex(/^\d{1,19}$/);

/** Reads a post id from a request; anything else is an unknown post. */
export function parsePostId(value: string): bigint {
  if (!postIdSchema.safeParse(value).success) throw new AppError("NOT_FOUND", "post_not_found");
  return BigInt(value);
}
