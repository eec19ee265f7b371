import { canAdminister } from "../auth/permissions";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";

export function assertAdmin(actor: Pick<SessionUser, "role">): void {
  if (!canAdminister(actor)) throw new AppError("FORBIDDEN", "Administrators only");
}
