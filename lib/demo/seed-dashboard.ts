import type { Tx } from "../db/client";

const MINUTE = 60_000;

type Seeded = { title: string; category: string; severity: number; place: [string, number, number]; status: "CONFIRMED" | "IN_VERIFICATION" | "FALSE"; minutesAgo: number };

// A few reports of the Adour flood, so the prefecture's dashboard, event log and situation report have a picture from the first minute.
const REPORTS: Seeded[] = [
  { title: "Quartier du Sablar inondé, évacuations en cours", category: "flooded_homes", severity: 3, place: ["Dax", 43.7102, -1.0536], status: "CONFIRMED", minutesAgo: 95 },
  { title: "D824 coupée entre Tartas et Dax", category: "roads_cut", severity: 2, place: ["Tartas", 43.8325, -0.8086], status: "CONFIRMED", minutesAgo: 70 },
  { title: "Adour au-dessus de la cote d'alerte au pont de Saint-Sever", category: "water_levels", severity: 3, place: ["Saint-Sever", 43.7575, -0.5731], status: "CONFIRMED", minutesAgo: 40 },
  { title: "Famille réfugiée à l'étage, rue des Arènes", category: "people_in_danger", severity: 4, place: ["Dax", 43.7085, -1.0512], status: "CONFIRMED", minutesAgo: 25 },
  { title: "Caves inondées au bourg de Peyrehorade", category: "flooded_homes", severity: 2, place: ["Peyrehorade", 43.5444, -1.1161], status: "IN_VERIFICATION", minutesAgo: 15 },
  { title: "Rupture de la digue de Mont-de-Marsan", category: "water_levels", severity: 4, place: ["Mont-de-Marsan", 43.8902, -0.4997], status: "FALSE", minutesAgo: 50 },
];

/** Demo reports, their verification in the audit log, a rumour and two manual event-log entries (called by seedDemo). */
export async function seedDashboardDemo(tx: Tx, activationId: string, users: Map<string, string>): Promise<void> {
  const now = Date.now();
  const lucas = users.get("benevole1@vigie.demo")!;
  const ines = users.get("benevole2@vigie.demo")!;
  for (const report of REPORTS) {
    const at = new Date(now - report.minutesAgo * MINUTE);
    const [placeName, lat, lon] = report.place;
    const created = await tx.report.create({
      data: { activationId, title: report.title, category: report.category, severity: report.severity, lat, lon, precision: "commune", placeName, observedAt: at, tags: [], status: report.status, createdById: lucas, createdAt: at },
    });
    await tx.auditLog.create({ data: { actorId: lucas, action: "report.create", entity: "Report", entityId: created.id, activationId, after: { title: report.title }, at } });
    if (report.status !== "IN_VERIFICATION") {
      await tx.auditLog.create({ data: { actorId: ines, action: "report.review.agreed", entity: "Report", entityId: created.id, activationId, before: { status: "IN_VERIFICATION" }, after: { status: report.status, requestedById: lucas }, at: new Date(at.getTime() + 10 * MINUTE) } });
    }
  }
  await tx.rumour.create({ data: { activationId, claim: "Le barrage en amont de Mont-de-Marsan aurait cédé", status: "UNDER_WATCH", createdById: ines, createdAt: new Date(now - 55 * MINUTE) } });
  await tx.eventLogEntry.createMany({
    data: [
      { activationId, text: "Appel de la préfecture : centre opérationnel départemental activé.", authorId: users.get("prefecture@vigie.demo")!, authorName: "Paul Préfecture", at: new Date(now - 110 * MINUTE) },
      { activationId, text: "Point téléphonique avec le SDIS 40 : priorité au quartier du Sablar.", authorId: users.get("coordination@vigie.demo")!, authorName: "Camille Coordinatrice", at: new Date(now - 60 * MINUTE) },
    ],
  });
}
