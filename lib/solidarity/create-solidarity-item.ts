import type { SessionUser } from "../auth/session-user";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { createSolidarityItemSchema } from "./schemas";
import { requireSolidarityRight } from "./solidarity-access";
import { solidarityPlace } from "./solidarity-place";

/**
 * Puts a need or an offer on the board, by hand or from a post or a report
 * (linked). The same post or report turned into the same side and type twice
 * gives the one item (a double click makes no duplicate). Audited
 * `solidarity.create` without the contact; the live event carries ids only.
 */
export async function createSolidarityItem(actor: SessionUser, activationId: string, input: unknown): Promise<{ id: string; version: number; created: boolean }> {
  await requireSolidarityRight(actor, activationId, "canEdit");
  const data = createSolidarityItemSchema.parse(input);
  const place = solidarityPlace(data.insee);
  return mutate(actor, async ({ tx, audit, emitToActivation }) => {
    if (data.postId && !(await tx.post.count({ where: { id: BigInt(data.postId), activationId } }))) throw new AppError("NOT_FOUND", "post_not_found");
    if (data.reportId && !(await tx.report.count({ where: { id: data.reportId, activationId } }))) throw new AppError("NOT_FOUND", "report_not_found");
    if (data.postId || data.reportId) {
      const existing = await tx.solidarityItem.findFirst({
        where: { activationId, side: data.side, type: data.type, ...(data.postId ? { postId: BigInt(data.postId) } : { reportId: data.reportId }) },
        select: { id: true, version: true },
      });
      if (existing) return { ...existing, created: false };
    }
    const item = await tx.solidarityItem.create({
      data: {
        activationId,
        side: data.side,
        type: data.type,
        title: data.title,
        description: data.description,
        ...place,
        contact: data.contact || null,
        verified: data.verified,
        postId: data.postId ? BigInt(data.postId) : null,
        reportId: data.reportId ?? null,
        createdById: actor.id,
      },
    });
    await audit({
      action: "solidarity.create",
      entity: "SolidarityItem",
      entityId: item.id,
      activationId,
      after: { side: item.side, type: item.type, title: item.title, placeName: item.placeName, verified: item.verified, hasContact: !!item.contact, postId: data.postId ?? null, reportId: item.reportId },
    });
    await emitToActivation(activationId, "solidarity:changed", { itemIds: [item.id] });
    return { id: item.id, version: item.version, created: true };
  });
}
