import { z } from "zod";
import { requireCoordination } from "../activation/require-coordination";
import type { SessionUser } from "../auth/session-user";
import type { Prisma } from "../db/generated/client";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { sourceNameSchema } from "./create-source";
import { findSourceKind } from "./source-kinds/registry";
import { splitSettings } from "./source-kinds/split-settings";
import { isSourceRunning, startSourcesForActivation, stopSource } from "./source-runner";

const headerSchema = z.looseObject({ name: sourceNameSchema });

/**
 * Renames a source and changes its settings (validated as on creation; a
 * blank credential keeps the stored one). A running source restarts from its
 * cursor with them.
 */
export async function updateSource(actor: SessionUser, activationId: string, sourceId: string, input: unknown): Promise<void> {
  await requireCoordination(actor, activationId);
  const { name, ...rest } = headerSchema.parse(input);
  await mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const source = await tx.source.findFirst({ where: { id: sourceId, activationId } });
    if (!source) throw new AppError("NOT_FOUND", "source_not_found");
    const before = (source.config ?? {}) as Record<string, unknown>;
    const spec = findSourceKind(source.kind);
    const { config, secret } = spec ? splitSettings(spec, spec.settings.parse(rest), source.secret) : { config: before, secret: source.secret };
    await tx.source.update({ where: { id: sourceId }, data: { name, config: config as Prisma.InputJsonValue, secret } });
    await audit({
      action: "source.update",
      entity: "Source",
      entityId: sourceId,
      activationId,
      before: { name: source.name, config: before },
      after: { name, config, secretChanged: secret !== source.secret },
    });
    await emitToActivation(activationId, "source:changed", { sourceId });
  });
  if (isSourceRunning(sourceId)) {
    await stopSource(sourceId);
    await startSourcesForActivation(activationId);
  }
}
