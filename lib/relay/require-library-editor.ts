import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";

/** The library is shared by every activation; coordinators and admins write it. */
export function requireLibraryEditor(actor: SessionUser): void {
  if (actor.role !== "COORDINATOR" && actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "coordinators_only");
}
