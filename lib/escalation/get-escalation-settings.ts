import { db } from "../db/client";
import { readMailConfig } from "./mail-config";

/** The activation's escalation settings, and whether this server can send e-mail at all. Callers check the coordinator's right. */
export async function getEscalationSettings(activationId: string) {
  const settings = await db().activation.findUniqueOrThrow({ where: { id: activationId }, select: { onDutyEmails: true, escalationRenotifyMinutes: true } });
  return { ...settings, mailConfigured: readMailConfig() !== null };
}
