"use server";

import { toActionError, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { labelPost } from "@/lib/enrich/label-post";
import type { PostUnderstanding } from "@/lib/ingest/feed-post";

export type LabelResult = ActionResult & { labels?: number; understanding?: PostUnderstanding };

/** A volunteer's correction of a post's type, relevance or urgency (one click or keystroke in the feed). */
export async function labelPostAction(activationId: string, postId: string, change: unknown): Promise<LabelResult> {
  try {
    const actor = await requireUser();
    const { labels, understanding } = await labelPost(actor, activationId, postId, change);
    return { ok: true, labels, understanding };
  } catch (error) {
    return toActionError(error);
  }
}
