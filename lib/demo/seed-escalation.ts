import type { Tx } from "../db/client";
import { readMailConfig } from "../escalation/mail-config";

const MINUTE = 60_000;
export const DEMO_ON_DUTY_EMAIL = "astreinte@prefecture-landes.demo";

/**
 * The demo's urgent escalation: a report of people cut off by the water in
 * Dax, escalated twelve minutes ago and not yet acknowledged, so the
 * prefecture user meets the alarm on logging in. The activation's on-duty
 * address is a demo one (e-mail leaves only when VIGIE_SMTP_URL is set).
 */
export async function seedEscalation(tx: Tx, options: { activationId: string; volunteerId: string }): Promise<void> {
  const now = Date.now();
  await tx.activation.update({ where: { id: options.activationId }, data: { onDutyEmails: [DEMO_ON_DUTY_EMAIL], escalationRenotifyMinutes: 10 } });
  const report = await tx.report.create({
    data: {
      activationId: options.activationId,
      title: "Personnes bloquées à l'étage, quartier du Sablar",
      description: "Plusieurs messages concordants : une famille avec un enfant réfugiée à l'étage, l'eau au niveau des fenêtres du rez-de-chaussée.",
      category: "people_in_danger",
      severity: 4,
      lat: 43.7067,
      lon: -1.0489,
      precision: "commune",
      placeName: "Dax",
      observedAt: new Date(now - 20 * MINUTE),
      tags: ["urgent"],
      status: "IN_VERIFICATION",
      escalated: true,
      createdById: options.volunteerId,
      createdAt: new Date(now - 18 * MINUTE),
    },
  });
  const mailOn = readMailConfig() !== null;
  const escalation = await tx.escalation.create({
    data: {
      activationId: options.activationId,
      reportId: report.id,
      message: "Famille avec un enfant à l'étage, l'eau monte encore. Aucun secours visible sur les vidéos de moins de 10 minutes.",
      createdById: options.volunteerId,
      createdAt: new Date(now - 12 * MINUTE),
      lastNotifiedAt: new Date(now - 2 * MINUTE),
      notifyCount: 2,
      emailState: mailOn ? "pending" : "off",
      emailPendingTo: mailOn ? [DEMO_ON_DUTY_EMAIL] : [],
    },
  });
  // Written inside the demo's seeding transaction, as mutate() would: the event log reads these.
  await tx.auditLog.createMany({
    data: [
      { actorId: options.volunteerId, action: "report.create", entity: "Report", entityId: report.id, activationId: options.activationId, at: report.createdAt, after: { title: report.title, category: report.category, severity: report.severity } },
      { actorId: options.volunteerId, action: "escalation.create", entity: "Escalation", entityId: escalation.id, activationId: options.activationId, at: escalation.createdAt, after: { reportId: report.id, message: escalation.message, onDutyEmails: 1 } },
    ],
  });
}
