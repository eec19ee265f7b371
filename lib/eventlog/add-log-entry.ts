import { z } from "zod";
import { requireActivationCapability } from "../activation/get-activation-access";
import type { SessionUser } from "../auth/session-user";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { zonedInputToDate } from "../team/zoned-time";

export const logEntrySchema = (timeZone: string) =>
  z.object({
    text: z.string().trim().min(3, { message: "entry_too_short" }).max(2000),
    /** When it happened, if not now (a phone call logged a few minutes late): a form's wall-clock time in the activation's zone, or an instant. */
    at: z.preprocess((value) => (value === "" ? undefined : typeof value === "string" ? zonedInputToDate(value, timeZone) : value), z.coerce.date().optional()),
  });

/** Same author, same text within this window: a double click, recorded once. */
const REPEAT_WINDOW_MS = 30_000;

/**
 * A manual entry of the event log, by a coordinator of the association or an
 * authority user with access to the activation. Audited `eventlog.entry`.
 */
export async function addLogEntry(actor: SessionUser, activationId: string, input: unknown): Promise<{ id: string; created: boolean }> {
  const access = await requireActivationCapability(actor, activationId, "read");
  if (!access.capabilities.has("coordinate") && !access.capabilities.has("acknowledge")) throw new AppError("FORBIDDEN", "log_writers_only");
  const { text, at } = logEntrySchema(access.activation.timeZone).parse(input);
  const now = new Date();
  if (at && at.getTime() > now.getTime() + 60_000) throw new AppError("INVALID_INPUT", "entry_in_future");
  return mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const repeat = await tx.eventLogEntry.findFirst({ where: { activationId, authorId: actor.id, text, at: { gte: new Date(now.getTime() - REPEAT_WINDOW_MS) } }, select: { id: true } });
    if (repeat) return { id: repeat.id.toString(), created: false };
    const entry = await tx.eventLogEntry.create({ data: { activationId, text, at: at ?? now, authorId: actor.id, authorName: actor.name } });
    await audit({ action: "eventlog.entry", entity: "EventLogEntry", entityId: entry.id.toString(), activationId, after: { at: entry.at, length: text.length } });
    await emitToActivation(activationId, "eventlog:entry", { id: entry.id.toString() });
    return { id: entry.id.toString(), created: true };
  });
}
