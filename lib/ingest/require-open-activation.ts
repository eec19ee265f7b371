import { db } from "../db/client";
import { AppError } from "../errors";

/** Posts are added only while the watch runs (active or paused): a closed one is on its way to being purged. */
export async function requireOpenActivation(activationId: string): Promise<void> {
  const activation = await db().activation.findUnique({ where: { id: activationId }, select: { status: true } });
  if (!activation || (activation.status !== "ACTIVE" && activation.status !== "PAUSED")) throw new AppError("CONFLICT", "activation_not_running");
}
