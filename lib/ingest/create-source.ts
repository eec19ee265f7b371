import { randomBytes } from "node:crypto";
import { z } from "zod";
import { requireCoordination } from "../activation/require-coordination";
import type { SessionUser } from "../auth/session-user";
import { mutate } from "../db/mutate";
import { CREATABLE_SOURCE_KINDS } from "./source-kinds/creatable-kinds";
import { sourceKind } from "./source-kinds/registry";
import { splitSettings } from "./source-kinds/split-settings";
import { startSourcesForActivation } from "./source-runner";

export const sourceNameSchema = z.string().trim().min(2, { message: "name_too_short" }).max(80);
const headerSchema = z.looseObject({ kind: z.enum(CREATABLE_SOURCE_KINDS, { message: "source_kind_unknown" }), name: sourceNameSchema });

/**
 * Adds a source to an activation (coordinators), with the settings its kind
 * asks for. A webhook gets a fresh signing key, returned once to show the
 * coordinator; a network credential is stored server-side and never returned.
 */
export async function createSource(actor: SessionUser, activationId: string, input: unknown): Promise<{ id: string; secret: string | null }> {
  await requireCoordination(actor, activationId);
  const { kind, name, ...rest } = headerSchema.parse(input);
  const spec = sourceKind(kind);
  const generated = spec.generatesSecret ? randomBytes(32).toString("base64url") : null;
  const { config, secret } = splitSettings(spec, spec.settings.parse(rest), generated);
  const created = await mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const source = await tx.source.create({ data: { activationId, kind, name, config: config as object, secret } });
    await audit({ action: "source.create", entity: "Source", entityId: source.id, activationId, after: { kind, name, config, hasSecret: secret !== null } });
    await emitToActivation(activationId, "source:changed", { sourceId: source.id });
    return source;
  });
  await startSourcesForActivation(activationId);
  return { id: created.id, secret: generated };
}
