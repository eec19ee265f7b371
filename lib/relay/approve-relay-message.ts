import type { SessionUser } from "../auth/session-user";
import { requireActivationCapability } from "../activation/get-activation-access";
import { requireCoordination } from "../activation/require-coordination";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { changeRelayMessage, findRelayMessage } from "./change-relay-message";
import { hasUnfilledVariable } from "./relay-text";
import { relayVersionSchema } from "./schemas";

type Approver = "coordinator" | "authority";

/**
 * A coordinator approves a draft. When the activation asks for the authority's approval too,
 * the message stays a draft until both approvals are given, in either order.
 */
export async function approveRelayMessage(actor: SessionUser, activationId: string, messageId: string, input: unknown): Promise<{ version: number; status: string }> {
  await requireCoordination(actor, activationId);
  return approve(actor, activationId, messageId, input, "coordinator");
}

/** An authority user (prefecture) approves a draft of an activation they may read. */
export async function authorityApproveRelayMessage(actor: SessionUser, activationId: string, messageId: string, input: unknown): Promise<{ version: number; status: string }> {
  if (actor.role !== "AUTHORITY") throw new AppError("FORBIDDEN", "relay_authority_only");
  await requireActivationCapability(actor, activationId, "acknowledge");
  return approve(actor, activationId, messageId, input, "authority");
}

async function approve(actor: SessionUser, activationId: string, messageId: string, input: unknown, by: Approver) {
  const { version } = relayVersionSchema.parse(input);
  return mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const message = await findRelayMessage(tx, activationId, messageId);
    if (message.status !== "DRAFT") throw new AppError("CONFLICT", "relay_not_draft");
    if (hasUnfilledVariable(message.body) || hasUnfilledVariable(message.title)) throw new AppError("INVALID_INPUT", "relay_variables_unfilled");
    const now = new Date();
    const approvedAt = by === "coordinator" ? now : message.approvedAt;
    const authorityApprovedAt = by === "authority" ? now : message.authorityApprovedAt;
    if (by === "coordinator" && message.approvedAt) throw new AppError("CONFLICT", "relay_already_approved");
    if (by === "authority" && message.authorityApprovedAt) throw new AppError("CONFLICT", "relay_already_approved");
    const complete = approvedAt !== null && (!message.activation.relayNeedsAuthorityApproval || authorityApprovedAt !== null);
    const status = complete ? "APPROVED" : "DRAFT";
    const next = await changeRelayMessage(tx, messageId, version, {
      ...(by === "coordinator" ? { approvedById: actor.id, approvedAt: now } : { authorityApprovedById: actor.id, authorityApprovedAt: now }),
      status,
    });
    await audit({ action: by === "coordinator" ? "relay.approve" : "relay.authorityApprove", entity: "RelayMessage", entityId: messageId, activationId, before: { status: message.status }, after: { status } });
    await emitToActivation(activationId, "relay:changed", { messageId, status });
    return { version: next, status };
  });
}
