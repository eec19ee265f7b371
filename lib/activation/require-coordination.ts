import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { requireActivationCapability } from "./get-activation-access";

/** Coordinators of the association (or members with the coordinator role) and admins only. */
export async function requireCoordination(actor: SessionUser, activationId: string) {
  const access = await requireActivationCapability(actor, activationId, "coordinate").catch((error: unknown) => {
    // Someone who can read the activation but not coordinate it is told so plainly.
    if (error instanceof AppError && error.code === "FORBIDDEN") throw new AppError("FORBIDDEN", "coordinators_only");
    throw error;
  });
  return access;
}
