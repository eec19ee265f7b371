import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { ensureRelayLibrary } from "./library/ensure-relay-library";
import { relayTemplateSchema } from "./schemas";

/** The library is shared by every activation; coordinators and admins write it. */
function requireLibraryEditor(actor: SessionUser): void {
  if (actor.role !== "COORDINATOR" && actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "coordinators_only");
}

/** Library instructions, the activation's hazard first; inactive ones only when asked. */
export async function listRelayTemplates(options: { hazard?: string; includeInactive?: boolean } = {}) {
  await ensureRelayLibrary();
  const rows = await db().relayTemplate.findMany({
    where: options.includeInactive ? {} : { active: true },
    orderBy: [{ hazard: "asc" }, { key: "asc" }, { createdAt: "asc" }],
    select: { id: true, key: true, hazard: true, title: true, body: true, sourceName: true, sourceUrl: true, hashtags: true, active: true, updatedAt: true, author: { select: { name: true } } },
  });
  return options.hazard ? [...rows.filter((row) => row.hazard === options.hazard), ...rows.filter((row) => row.hazard !== options.hazard)] : rows;
}

export async function createRelayTemplate(actor: SessionUser, input: unknown): Promise<{ id: string }> {
  requireLibraryEditor(actor);
  const data = relayTemplateSchema.parse(input);
  return mutate(actor, async ({ tx, audit }) => {
    const row = await tx.relayTemplate.create({ data: { ...data, authorId: actor.id } });
    await audit({ action: "relayTemplate.create", entity: "RelayTemplate", entityId: row.id, after: data });
    return { id: row.id };
  });
}

/** Edits an instruction, built-in or not; a built-in keeps its key, so the next start does not re-add it. */
export async function updateRelayTemplate(actor: SessionUser, templateId: string, input: unknown): Promise<void> {
  requireLibraryEditor(actor);
  const data = relayTemplateSchema.parse(input);
  await mutate(actor, async ({ tx, audit }) => {
    const before = await tx.relayTemplate.findUnique({ where: { id: templateId } });
    if (!before) throw new AppError("NOT_FOUND", "relay_template_not_found");
    await tx.relayTemplate.update({ where: { id: templateId }, data });
    const { hazard, title, body, sourceName, sourceUrl, hashtags, active } = before;
    await audit({ action: "relayTemplate.update", entity: "RelayTemplate", entityId: templateId, before: { hazard, title, body, sourceName, sourceUrl, hashtags, active }, after: data });
  });
}
