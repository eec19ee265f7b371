import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getActivationAccess } from "../../../lib/activation/get-activation-access";
import type { SessionUser } from "../../../lib/auth/session-user";
import { getDashboard } from "../../../lib/dashboard/get-dashboard";
import { db } from "../../../lib/db/client";
import { closePgPool } from "../../../lib/db/pg-pool";
import { addLogEntry } from "../../../lib/eventlog/add-log-entry";
import { eventLogCsv } from "../../../lib/eventlog/event-log-csv";
import { listEventLog } from "../../../lib/eventlog/list-event-log";
import { neutralizeCell, toCsv } from "../../../lib/export/to-csv";
import { ingestBatch } from "../../../lib/ingest/ingest-batch";
import { createSitrep } from "../../../lib/sitrep/create-sitrep";
import { getSitrep } from "../../../lib/sitrep/get-sitrep";
import { renderSitrepPdf } from "../../../lib/sitrep/render-sitrep-pdf";
import { sitrepCsv, sitrepGeoJson } from "../../../lib/sitrep/sitrep-exports";
import { updateSitrep } from "../../../lib/sitrep/update-sitrep";
import { createReport } from "../../../lib/verify/create-report";
import { decideReview } from "../../../lib/verify/decide-review";
import { requestStatus } from "../../../lib/verify/request-status";
import { createOrganization, createUser, createWatchRoom, resetDatabase } from "../helpers/fixtures";

let alice: SessionUser;
let bruno: SessionUser;
let coordinator: SessionUser;
let prefect: SessionUser;
let stranger: SessionUser;
let activationId: string;
const reportIds: Record<string, string> = {};

// One scene for the whole file: a few reports in three communes, some confirmed (two-person rule), one refuted.
beforeAll(async () => {
  await resetDatabase();
  const room = await createWatchRoom({
    volunteers: ["Alice", "Bruno"],
    coordinator: "Coralie",
    authority: "Pierre Préfet",
    associationName: "Protection civile des Landes",
    prefectureName: "Préfecture des Landes",
  });
  ({ coordinator, activationId } = room);
  [alice, bruno] = room.volunteers;
  prefect = room.authority!;
  const otherPrefecture = await createOrganization("PREFECTURE", "Préfecture de la Gironde");
  stranger = await createUser({ role: "AUTHORITY", organizationId: otherPrefecture.id, name: "Gaston" });
  await db().activation.update({
    where: { id: activationId },
    data: { name: "Crue de l'Adour", bboxWest: -1.5, bboxSouth: 43.4, bboxEast: 0.2, bboxNorth: 44.6, reportCategories: [{ code: "road_closed", label: { fr: "Route coupée", en: "Road closed" } }, { code: "people_in_danger", label: { fr: "Personnes en danger", en: "People in danger" } }] },
  });
  await ingestBatch({ activationId, sourceId: null, payloads: Array.from({ length: 7 }, (_, i) => ({ network: "x", externalId: `p${i}`, author: { handle: "@riverain" }, text: `L'Adour déborde à Dax ${i}`, postedAt: new Date(Date.now() - i * 60_000).toISOString() })) });
  const scene: [string, string, string, number, string, "confirm" | "refute" | "keep"][] = [
    ["dax1", "Rue des Arènes inondée", "people_in_danger", 3, "Dax", "confirm"],
    ["dax2", "D824 coupée sortie de Dax", "road_closed", 2, "Dax", "confirm"],
    ["tartas", "Pont de Tartas fermé", "road_closed", 3, "Tartas", "confirm"],
    ["mont", "Famille bloquée à Mont-de-Marsan", "people_in_danger", 4, "Mont-de-Marsan", "keep"],
    ["fake", "Barrage rompu à Saint-Sever", "people_in_danger", 4, "Saint-Sever", "refute"],
  ];
  let lon = -1.05;
  for (const [key, title, category, severity, placeName, fate] of scene) {
    lon += 0.1;
    const { id } = await createReport(alice, activationId, { title, category, severity, location: { lat: 43.7, lon, precision: "commune", placeName } });
    reportIds[key] = id;
    if (fate === "keep") continue;
    const { reviewId } = await requestStatus(alice, activationId, id, { status: fate === "confirm" ? "CONFIRMED" : "FALSE" });
    // The second person agrees, except once where the coordinator overrides.
    if (key === "tartas") await decideReview(coordinator, activationId, reviewId!, { decision: "overridden", reason: "Confirmé par le maire" });
    else await decideReview(bruno, activationId, reviewId!, { decision: "agreed" });
  }
  await db().escalation.create({ data: { activationId, reportId: reportIds.mont!, message: "Famille sur le toit", createdById: alice.id } });
  const message = await db().relayMessage.create({ data: { activationId, kind: "SAFETY", status: "PUBLISHED", title: "Ne traversez pas les zones inondées", body: "…", publishedAt: new Date() } });
  await db().relayPublication.create({ data: { messageId: message.id, network: "mastodon", url: "https://example.org/1" } });
  await db().relayMessage.create({ data: { activationId, kind: "SAFETY", status: "WITHDRAWN", title: "Ancienne consigne", body: "…", publishedAt: new Date(Date.now() - 7200_000), withdrawnAt: new Date() } });
});
afterAll(() => closePgPool());

/** Counts computed here with our own SQL, not through the dashboard's module. */
async function ownCount(sql: string): Promise<number> {
  const rows = await db().$queryRawUnsafe<{ n: bigint }[]>(sql, activationId);
  return Number(rows[0]?.n ?? 0);
}

describe("dashboard figures", () => {
  it("match counts computed independently", async () => {
    const dashboard = await getDashboard({ activationId, now: new Date() });
    expect(dashboard.figures.byStatus.CONFIRMED).toBe(await ownCount(`SELECT count(*) n FROM "Report" WHERE "activationId"=$1::uuid AND status='CONFIRMED'`));
    expect(dashboard.figures.byStatus.CONFIRMED).toBe(3);
    expect(dashboard.figures.byStatus.FALSE).toBe(1);
    expect(dashboard.figures.total).toBe(await ownCount(`SELECT count(*) n FROM "Report" WHERE "activationId"=$1::uuid`));
    expect(dashboard.figures.byCategory.road_closed).toBe(await ownCount(`SELECT count(*) n FROM "Report" WHERE "activationId"=$1::uuid AND category='road_closed'`));
    expect(dashboard.figures.bySeverity["4"]).toBe(await ownCount(`SELECT count(*) n FROM "Report" WHERE "activationId"=$1::uuid AND severity=4`));
    expect(dashboard.confirmedHour).toBe(3);
    expect(dashboard.rate.total).toBe(await ownCount(`SELECT count(*) n FROM "Post" WHERE "activationId"=$1::uuid`));
    expect(dashboard.rate.total).toBe(7);
    expect(dashboard.escalations.count).toBe(await ownCount(`SELECT count(*) n FROM "Escalation" WHERE "activationId"=$1::uuid AND status='OPEN'`));
    expect(dashboard.relay.map((row) => row.title)).toEqual(["Ne traversez pas les zones inondées"]);
    expect(dashboard.relay[0]!.networks).toEqual(["mastodon"]);
    const dax = dashboard.communes.find((row) => row.commune === "Dax")!;
    expect(dax).toMatchObject({ total: 2, confirmed: 2, byCategory: { people_in_danger: 1, road_closed: 1 } });
    expect(dashboard.communes.map((row) => row.commune)).not.toContain("Saint-Sever"); // refuted
    expect(dashboard.map).toHaveLength(3);
    expect(dashboard.latest.map((row) => row.title)).toContain("Pont de Tartas fermé");
    const trendPosts = dashboard.trend.reduce((sum, point) => sum + point.posts, 0);
    expect(trendPosts).toBe(7);
    expect(dashboard.trend.reduce((sum, point) => sum + point.reports, 0)).toBe(5);
  });

  it("a situation report as of a past moment counts nothing created after it", async () => {
    const dashboard = await getDashboard({ activationId, now: new Date(Date.now() - 86400_000) });
    expect(dashboard.figures.total).toBe(0);
    expect(dashboard.rate.total).toBe(0);
  });

  it("live tallies (kept by a trigger) follow edits, merges and deletions like a count of the reports", async () => {
    // Our own count of the reports themselves, grouped the way the figures are.
    const scanned = async () => {
      const rows = await db().$queryRawUnsafe<{ status: string; category: string; severity: number; n: bigint }[]>(
        `SELECT status::text, category, severity, count(*) n FROM "Report" WHERE "activationId" = $1::uuid AND "mergedIntoId" IS NULL GROUP BY 1, 2, 3`,
        activationId,
      );
      const figures = { total: 0, byStatus: {} as Record<string, number>, byCategory: {} as Record<string, number>, bySeverity: {} as Record<string, number> };
      for (const row of rows) {
        const count = Number(row.n);
        figures.total += count;
        figures.byStatus[row.status] = (figures.byStatus[row.status] ?? 0) + count;
        figures.byCategory[row.category] = (figures.byCategory[row.category] ?? 0) + count;
        figures.bySeverity[String(row.severity)] = (figures.bySeverity[String(row.severity)] ?? 0) + count;
      }
      return figures;
    };
    const live = async () => (await getDashboard({ activationId, now: new Date() })).figures;
    await db().report.update({ where: { id: reportIds.dax1! }, data: { category: "road_closed", severity: 1 } });
    await db().report.update({ where: { id: reportIds.dax2! }, data: { mergedIntoId: reportIds.tartas! } });
    const extra = await createReport(alice, activationId, { title: "Passage à gué submergé", category: "road_closed", location: { lat: 43.8, lon: -0.7, precision: "commune", placeName: "Tartas" } });
    await db().report.delete({ where: { id: extra.id } });
    expect(await live()).toEqual(await scanned());
    expect((await live()).byStatus.CONFIRMED).toBe(2);
    const communes = (await getDashboard({ activationId, now: new Date() })).communes;
    expect(communes.find((row) => row.commune === "Dax")).toMatchObject({ total: 1, confirmed: 1, byCategory: { road_closed: 1 } });
    await db().report.update({ where: { id: reportIds.dax1! }, data: { category: "people_in_danger", severity: 3 } });
    await db().report.update({ where: { id: reportIds.dax2! }, data: { mergedIntoId: null } });
    expect(await live()).toEqual(await scanned());
  });

  it("give an authority of another organisation nothing", async () => {
    await expect(getActivationAccess(stranger, activationId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addLogEntry(stranger, activationId, { text: "Je ne devrais pas écrire ici" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createSitrep(stranger, activationId, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    const access = await getActivationAccess(prefect, activationId);
    expect(access.capabilities.has("read")).toBe(true);
  });
});

describe("event log", () => {
  it("maps audit actions to kinds and sentences, with manual entries", async () => {
    await db().auditLog.createMany({
      data: [
        { activationId, actorId: alice.id, action: "escalation.create", entity: "Escalation", entityId: (await db().escalation.findFirstOrThrow({ where: { activationId } })).id, after: { message: "Famille sur le toit" } },
        { activationId, actorId: coordinator.id, action: "relay.publish", entity: "RelayMessage", entityId: (await db().relayMessage.findFirstOrThrow({ where: { activationId, status: "PUBLISHED" } })).id },
        { activationId, actorId: coordinator.id, action: "shift.plan", entity: "Shift", entityId: "00000000-0000-0000-0000-000000000001", after: { userId: alice.id } },
        { activationId, actorId: coordinator.id, action: "report.attach", entity: "Report", entityId: reportIds.dax1! },
      ],
    });
    const { created } = await addLogEntry(prefect, activationId, { text: "COD activé en préfecture" });
    expect(created).toBe(true);
    expect((await addLogEntry(prefect, activationId, { text: "COD activé en préfecture" })).created).toBe(false); // a double click, once
    await expect(addLogEntry(alice, activationId, { text: "Un bénévole n'écrit pas ici" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().auditLog.count({ where: { activationId, action: "eventlog.entry" } })).toBe(1);

    const rows = await listEventLog(activationId);
    const texts = rows.map((row) => `${row.kind}|${row.sentence.fr}`);
    expect(texts).toContain("confirmation|Bruno a confirmé la remontée « Rue des Arènes inondée » (deuxième avis)");
    expect(texts).toContain("confirmation|Coralie a confirmé la remontée « Pont de Tartas fermé » (décision du coordinateur)");
    expect(texts).toContain("refutation|Bruno a réfuté la remontée « Barrage rompu à Saint-Sever » (deuxième avis)");
    expect(texts).toContain("escalation|Alice a signalé en urgence à l'autorité la remontée « Famille bloquée à Mont-de-Marsan » : Famille sur le toit");
    expect(texts).toContain("relay|Coralie a publié le message « Ne traversez pas les zones inondées »");
    expect(texts).toContain("team|Coralie a planifié un créneau pour Alice");
    expect(texts).toContain("manual|COD activé en préfecture");
    expect(texts.some((text) => text.includes("attach"))).toBe(false); // not in the registry

    expect((await listEventLog(activationId, { kind: "refutation" })).map((row) => row.kind)).toEqual(["refutation"]);
    expect((await listEventLog(activationId, { q: "tartas" })).length).toBe(1);
    expect(await listEventLog(activationId, { to: new Date(Date.now() - 86400_000) })).toEqual([]);
  });

  it("exports CSV with formulas neutralised", async () => {
    await addLogEntry(coordinator, activationId, { text: '=HYPERLINK("http://evil.example","clic")' });
    const csv = eventLogCsv(await listEventLog(activationId, { kind: "manual" }), { locale: "fr", timeZone: "Europe/Paris" });
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""clic"")"`);
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(neutralizeCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutralizeCell("Dax")).toBe("Dax");
    expect(toCsv(["a"], [["x,y"]])).toBe('\uFEFFa\r\n"x,y"\r\n');
  });
});

describe("situation reports", () => {
  it("are numbered, keep their number when the summary is edited, and refuse a stale edit", async () => {
    await expect(createSitrep(alice, activationId, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    const first = await createSitrep(coordinator, activationId, { summary: "Crue en cours." });
    const second = await createSitrep(coordinator, activationId, { summary: "" });
    expect([first.number, second.number]).toEqual([1, 2]);
    const before = await getSitrep(activationId, first.id);
    await updateSitrep(coordinator, activationId, first.id, { summary: "Crue en décrue à Dax.", since: before.updatedAt.toISOString() });
    const after = await getSitrep(activationId, first.id);
    expect(after.number).toBe(1);
    expect(after.summary).toBe("Crue en décrue à Dax.");
    await expect(updateSitrep(coordinator, activationId, first.id, { summary: "Autre chose", since: before.updatedAt.toISOString() })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db().auditLog.count({ where: { activationId, action: { in: ["sitrep.create", "sitrep.update"] } } })).toBe(3);
  });

  it("export a PDF whose text holds the figures and communes, a CSV and GeoJSON", async () => {
    const { id } = await createSitrep(coordinator, activationId, { summary: "Synthèse : trois faits confirmés." });
    const sitrep = await getSitrep(activationId, id);
    expect(sitrep.data.figures.byStatus.CONFIRMED).toBe(3);
    const pdf = await renderSitrepPdf(sitrep);
    const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain(`Point de situation n° ${sitrep.number}`);
    expect(text).toContain("Protection civile des Landes");
    expect(text).toContain("Crue de l'Adour");
    expect(text).toMatch(/Remontées confirmées\s*3/);
    for (const commune of ["Dax", "Tartas"]) expect(text).toContain(commune);
    expect(text).toContain("Famille sur le toit");
    expect(text).toContain("Ne traversez pas les zones inondées");
    expect(text).toContain(`Page 1 / ${totalPages}`);
    const csv = sitrepCsv(sitrep);
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(4); // header + 3 confirmed
    expect(csv).toContain("Pont de Tartas fermé");
    const geo = sitrepGeoJson(sitrep);
    expect(geo.features).toHaveLength(3);
    expect(geo.features[0]!.geometry.coordinates).toHaveLength(2);
  });
});
