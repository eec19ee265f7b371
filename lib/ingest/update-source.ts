import { z } from "zod";
import { requireCoordination } from "../activation/require-coordination";
import type { SessionUser } from "../auth/session-user";
import type { Prisma } from "../db/generated/client";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { isSourceRunning, startSourcesForActivation, stopSource } from "./source-runner";

const updateSchema = z.object({
  name: z.string().trim().min(2, { message: "name_too_short" }).max(80),
  applyWatchFilter: z.boolean().optional(),
  speed: z.number().min(0.1).max(10_000).optional(),
  loop: z.boolean().optional(),
});

/** Renames a source or changes its settings; a running pull source restarts from its cursor with them. */
export async function updateSource(actor: SessionUser, activationId: string, sourceId: string, input: unknown): Promise<void> {
  await requireCoordination(actor, activationId);
  const data = updateSchema.parse(input);
  await mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const source = await tx.source.findFirst({ where: { id: sourceId, activationId } });
    if (!source) throw new AppError("NOT_FOUND", "source_not_found");
    const before = (source.config ?? {}) as Record<string, unknown>;
    const settings = Object.fromEntries(Object.entries({ applyWatchFilter: data.applyWatchFilter, speed: data.speed, loop: data.loop }).filter(([, v]) => v !== undefined));
    const config = { ...before, ...settings } as Prisma.InputJsonValue;
    await tx.source.update({ where: { id: sourceId }, data: { name: data.name, config } });
    await audit({ action: "source.update", entity: "Source", entityId: sourceId, activationId, before: { name: source.name, config: before }, after: { name: data.name, config } });
    await emitToActivation(activationId, "source:changed", { sourceId });
  });
  if (isSourceRunning(sourceId)) {
    await stopSource(sourceId);
    await startSourcesForActivation(activationId);
  }
}
