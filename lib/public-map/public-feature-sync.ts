import type { MutationContext } from "../db/mutate";
import { PUBLIC_FEATURE_SELECT, toPublicFeature } from "./public-items";

/**
 * For the watch-room map's feature edits (lib/map): call inside the same mutate() after a
 * feature was moved, reshaped or deleted, so open public maps follow a published feature.
 */
export async function syncPublishedFeature(ctx: MutationContext, options: { activationId: string; featureId: string }): Promise<void> {
  const row = await ctx.tx.mapFeature.findFirst({
    where: { id: options.featureId, activationId: options.activationId },
    select: { ...PUBLIC_FEATURE_SELECT, published: true, deletedAt: true },
  });
  if (!row?.published) return;
  if (row.deletedAt) ctx.emitPublic(options.activationId, "public:removed", { kind: "feature", id: row.id });
  else ctx.emitPublic(options.activationId, "public:feature", toPublicFeature(row));
}
