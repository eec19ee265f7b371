import { z } from "zod";
import { requireActivationCapability } from "../activation/get-activation-access";
import type { SessionUser } from "../auth/session-user";
import { announceFeed } from "../ingest/feed-announcer";
import { countLabels } from "./count-labels";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { understandingFromRow, type PostUnderstanding } from "../ingest/feed-post";
import { parsePostId } from "../ingest/post-id";
import { forgetEnricher } from "./activation-enrichers";
import { refreshRecentPosts } from "./refresh-recent-posts";
import { INFORMATION_TYPES } from "./information-types";

export const postLabelSchema = z
  .object({
    relevant: z.boolean().optional(),
    category: z.enum(INFORMATION_TYPES).optional(),
    urgent: z.boolean().optional(),
  })
  .refine((label) => label.relevant !== undefined || label.category !== undefined || label.urgent !== undefined, { message: "label_empty" });
export type PostLabelInput = z.infer<typeof postLabelSchema>;

/**
 * A volunteer corrects what Vigie understood of a post (relevance, type,
 * urgency). The label is stored (it overrides the model for this post and is
 * replayed into the activation's model after a restart), the activation's
 * model learns it, and recent posts are scored again so the feed shows the
 * lesson. A type implies relevance; "not relevant" clears urgency unless set.
 */
export async function labelPost(actor: SessionUser, activationId: string, postId: string, input: unknown): Promise<{ understanding: PostUnderstanding; labels: number }> {
  await requireActivationCapability(actor, activationId, "triage");
  const change = postLabelSchema.parse(input);
  const id = parsePostId(postId);
  const understanding = await mutate(actor, async ({ tx, audit }) => {
    const post = await tx.post.findFirst({ where: { id, activationId, deletedAt: null }, select: { id: true, label: true, enrichment: true } });
    if (!post) throw new AppError("NOT_FOUND", "post_not_found");
    const previous = post.enrichment;
    const relevant = change.category ? change.category !== "NOT_RELEVANT" : (change.relevant ?? post.label?.relevant ?? (previous ? previous.category !== "NOT_RELEVANT" : true));
    const category =
      change.category ?? (!relevant ? "NOT_RELEVANT" : post.label?.category && post.label.category !== "NOT_RELEVANT" ? post.label.category : previous && previous.category !== "NOT_RELEVANT" ? previous.category : "OTHER_RELEVANT");
    const urgentLabel = change.urgent ?? (change.relevant === false || change.category === "NOT_RELEVANT" ? false : (post.label?.urgent ?? null));
    const urgent = urgentLabel ?? previous?.urgent ?? false;
    const label = { relevant, category, urgent: urgentLabel, userId: actor.id, labelledAt: new Date() };
    await tx.postLabel.upsert({ where: { postId: id }, create: { postId: id, activationId, ...label }, update: label });
    const values = {
      relevance: relevant ? 1 : 0,
      category,
      categoryConfidence: 1,
      urgent,
      urgency: urgentLabel === null ? (previous?.urgency ?? 0) : urgent ? 1 : 0,
      labelled: true,
      enrichedAt: new Date(),
    };
    const stored = await tx.postEnrichment.upsert({
      where: { postId: id },
      create: { postId: id, activationId, lang: previous?.lang ?? "und", urgencyTriggers: [], reportCategory: previous?.reportCategory ?? null, ...values },
      update: values,
    });
    await audit({
      action: "post.label",
      entity: "Post",
      entityId: id.toString(),
      activationId,
      before: previous ? { category: previous.category, relevance: previous.relevance, urgent: previous.urgent, labelled: previous.labelled } : null,
      after: { category, relevant, urgent: urgentLabel },
    });
    return understandingFromRow(stored);
  });
  forgetEnricher(activationId);
  const labels = await countLabels(activationId);
  announceFeed(activationId, { understood: [{ id: id.toString(), understanding }], labels });
  refreshRecentPosts(activationId);
  return { understanding, labels };
}
