import type { SessionUser } from "../auth/session-user";
import { mutate } from "../db/mutate";
import { requireLibraryEditor } from "./require-library-editor";
import { relayTemplateSchema } from "./schemas";

/** A coordinator adds an instruction of their own to the library. Audited. */
export async function createRelayTemplate(actor: SessionUser, input: unknown): Promise<{ id: string }> {
  requireLibraryEditor(actor);
  const data = relayTemplateSchema.parse(input);
  return mutate(actor, async ({ tx, audit }) => {
    const row = await tx.relayTemplate.create({ data: { ...data, authorId: actor.id } });
    await audit({ action: "relayTemplate.create", entity: "RelayTemplate", entityId: row.id, after: data });
    return { id: row.id };
  });
}
