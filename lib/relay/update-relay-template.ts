import type { SessionUser } from "../auth/session-user";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { requireLibraryEditor } from "./require-library-editor";
import { relayTemplateSchema } from "./schemas";

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
