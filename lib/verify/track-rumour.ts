import type { SessionUser } from "../auth/session-user";
import { requireActivationCapability } from "../activation/get-activation-access";
import type { Tx } from "../db/client";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { createRumourSchema, linkRumourSchema, rumourStatusSchema } from "./rumour-schemas";

/**
 * The rumour tracker's writes: open a rumour (from posts, or from a FALSE
 * report, which then points to it), link more posts or reports to it, and
 * set its status. Every step audited and announced.
 */
export async function createRumour(actor: SessionUser, activationId: string, input: unknown): Promise<{ id: string }> {
  await requireActivationCapability(actor, activationId, "triage");
  const data = createRumourSchema.parse(input);
  return mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const rumour = await tx.rumour.create({ data: { activationId, claim: data.claim, createdById: actor.id } });
    await link(tx, activationId, rumour.id, data.postIds, data.reportId ?? null);
    await audit({ action: "rumour.create", entity: "Rumour", entityId: rumour.id, activationId, after: { claim: data.claim, postIds: data.postIds, reportId: data.reportId ?? null } });
    await emitToActivation(activationId, "rumour:changed", { rumourId: rumour.id });
    return { id: rumour.id };
  });
}

export async function linkToRumour(actor: SessionUser, activationId: string, rumourId: string, input: unknown): Promise<void> {
  await requireActivationCapability(actor, activationId, "triage");
  const data = linkRumourSchema.parse(input);
  await mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const rumour = await tx.rumour.findFirst({ where: { id: rumourId, activationId }, select: { id: true } });
    if (!rumour) throw new AppError("NOT_FOUND", "rumour_not_found");
    await link(tx, activationId, rumourId, data.postIds, data.reportId ?? null);
    await audit({ action: "rumour.link", entity: "Rumour", entityId: rumourId, activationId, after: { postIds: data.postIds, reportId: data.reportId ?? null } });
    await emitToActivation(activationId, "rumour:changed", { rumourId });
  });
}

export async function setRumourStatus(actor: SessionUser, activationId: string, rumourId: string, input: unknown): Promise<void> {
  await requireActivationCapability(actor, activationId, "triage");
  const { status } = rumourStatusSchema.parse(input);
  await mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const rumour = await tx.rumour.findFirst({ where: { id: rumourId, activationId }, select: { status: true } });
    if (!rumour) throw new AppError("NOT_FOUND", "rumour_not_found");
    await tx.rumour.update({ where: { id: rumourId }, data: { status } });
    await audit({ action: "rumour.status", entity: "Rumour", entityId: rumourId, activationId, before: { status: rumour.status }, after: { status } });
    await emitToActivation(activationId, "rumour:changed", { rumourId });
  });
}

async function link(tx: Tx, activationId: string, rumourId: string, postIds: string[], reportId: string | null): Promise<void> {
  if (postIds.length) {
    const ids = postIds.map(BigInt);
    const found = await tx.post.count({ where: { id: { in: ids }, activationId } });
    if (found !== ids.length) throw new AppError("NOT_FOUND", "post_not_found");
    await tx.rumourPost.createMany({ data: ids.map((postId) => ({ rumourId, postId })), skipDuplicates: true });
  }
  if (reportId) {
    const report = await tx.report.findFirst({ where: { id: reportId, activationId }, select: { id: true, posts: { select: { postId: true } } } });
    if (!report) throw new AppError("NOT_FOUND", "report_not_found");
    await tx.rumourReport.createMany({ data: [{ rumourId, reportId }], skipDuplicates: true });
    // The report's posts are the rumour's spread too.
    await tx.rumourPost.createMany({ data: report.posts.map((p) => ({ rumourId, postId: p.postId })), skipDuplicates: true });
  }
}
