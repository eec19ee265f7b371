import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/session-user";
import { db } from "../../../lib/db/client";
import { closePgPool } from "../../../lib/db/pg-pool";
import { addLogEntry } from "../../../lib/eventlog/add-log-entry";
import { eventLogCsvChunks } from "../../../lib/eventlog/event-log-csv";
import { LOGGED_ACTIONS } from "../../../lib/eventlog/event-kinds";
import { eachEventLogPage, listEventLog, logFilterSchema } from "../../../lib/eventlog/list-event-log";
import { createSitrep } from "../../../lib/sitrep/create-sitrep";
import { drawSitrepMap } from "../../../lib/sitrep/draw-sitrep-map";
import { getSitrep, getSitrepHead } from "../../../lib/sitrep/get-sitrep";
import { renderSitrepPdf } from "../../../lib/sitrep/render-sitrep-pdf";
import { textStream } from "../../../lib/export/to-csv";
import { sitrepCsv, sitrepCsvChunks, sitrepGeoJson, sitrepGeoJsonChunks } from "../../../lib/sitrep/sitrep-exports";
import { dateToZonedInput } from "../../../lib/team/zoned-time";
import { createWatchRoom, resetDatabase } from "../helpers/fixtures";

// Fixes from a review of the event log and situation reports: times typed in the
// activation's zone, and search and kind filters that reach entries older than the
// newest 2,000.

const PARIS = "Europe/Paris";
let coordinator: SessionUser;
let alice: SessionUser;
let activationId: string;
const serverZone = process.env.TZ;

beforeAll(async () => {
  // A server in UTC, a coordination in Paris: the case the review found.
  process.env.TZ = "UTC";
  await resetDatabase();
  const room = await createWatchRoom({ volunteers: ["Alice"], coordinator: "Coralie", associationName: "Protection civile des Landes" });
  ({ coordinator, activationId } = room);
  [alice] = room.volunteers;
  await db().activation.update({ where: { id: activationId }, data: { timeZone: PARIS } });
});
afterAll(async () => {
  process.env.TZ = serverZone;
  await closePgPool();
});

describe("times typed in a form", () => {
  it("are read in the activation's time zone for a situation report's moment", async () => {
    // The coordinator types the current time as a Paris clock shows it: not "in the future".
    const now = new Date();
    const typedNow = dateToZonedInput(now, PARIS);
    const current = await createSitrep(coordinator, activationId, { asOf: typedNow });
    const minute = Math.floor(now.getTime() / 60_000) * 60_000;
    expect((await getSitrep(activationId, current.id)).asOf.getTime()).toBe(minute);
    // A winter morning in Paris is an hour earlier in UTC; a summer one two hours.
    const winter = await createSitrep(coordinator, activationId, { asOf: "2025-01-15T09:30" });
    expect((await getSitrep(activationId, winter.id)).asOf.toISOString()).toBe("2025-01-15T08:30:00.000Z");
    const summer = await createSitrep(coordinator, activationId, { asOf: "2025-07-15T09:30" });
    expect((await getSitrep(activationId, summer.id)).asOf.toISOString()).toBe("2025-07-15T07:30:00.000Z");
    // An instant given with its zone is taken as is; the future is still refused.
    const iso = await createSitrep(coordinator, activationId, { asOf: "2025-03-01T12:00:00Z" });
    expect((await getSitrep(activationId, iso.id)).asOf.toISOString()).toBe("2025-03-01T12:00:00.000Z");
    await expect(createSitrep(coordinator, activationId, { asOf: dateToZonedInput(new Date(Date.now() + 3 * 3600_000), PARIS) })).rejects.toMatchObject({ message: "sitrep_in_future" });
  });

  it("are read in the activation's time zone for the event log's range", async () => {
    await addLogEntry(coordinator, activationId, { text: "Appel du PC de crise à 11 h 30, heure de Paris", at: "2025-01-15T11:30" });
    const stored = await db().eventLogEntry.findFirstOrThrow({ where: { activationId, text: { startsWith: "Appel du PC" } } });
    expect(stored.at.toISOString()).toBe("2025-01-15T10:30:00.000Z");
    const filter = logFilterSchema(PARIS).parse({ from: "2025-01-15T11:15", to: "2025-01-15T11:45", kind: "manual" });
    expect(filter.from?.toISOString()).toBe("2025-01-15T10:15:00.000Z");
    expect((await listEventLog(activationId, filter)).map((row) => row.sentence.fr)).toEqual(["Appel du PC de crise à 11 h 30, heure de Paris"]);
    // Read as UTC wall-clock, the same range would have missed it.
    expect(await listEventLog(activationId, { kind: "manual", from: new Date("2025-01-15T11:15:00Z"), to: new Date("2025-01-15T11:45:00Z") })).toEqual([]);
    // The end typed to the minute covers that minute.
    expect(logFilterSchema(PARIS).parse({ to: "2025-01-15T11:30" }).to?.toISOString()).toBe("2025-01-15T10:30:59.999Z");
    expect((await listEventLog(activationId, logFilterSchema(PARIS).parse({ from: "2025-01-15T11:30", to: "2025-01-15T11:30", kind: "manual" }))).length).toBe(1);
    // Unreadable values are ignored rather than failing the page.
    expect(logFilterSchema(PARIS).parse({ from: "n'importe quoi" }).from).toBeUndefined();
  });
});

describe("event log search and kind filter", () => {
  it("find an entry far older than the newest 2,000", async () => {
    const longAgo = new Date(Date.now() - 20 * 86400_000);
    const report = await db().report.create({ data: { activationId, title: "Digue fissurée à Peyrehorade", category: "flooding", severity: 4, observedAt: longAgo, status: "CONFIRMED", createdAt: longAgo } });
    const routine = await db().report.create({ data: { activationId, title: "Niveau de l'Adour à Dax", category: "flooding", severity: 1, observedAt: new Date() } });
    const message = await db().relayMessage.create({ data: { activationId, kind: "SAFETY", status: "PUBLISHED", title: "Évacuation du quartier des Barthes", body: "…", publishedAt: longAgo } });
    await db().auditLog.createMany({
      data: [
        { activationId, actorId: alice.id, action: "report.status", entity: "Report", entityId: report.id, before: { status: "IN_VERIFICATION" }, after: { status: "CONFIRMED" }, at: longAgo },
        { activationId, actorId: coordinator.id, action: "relay.publish", entity: "RelayMessage", entityId: message.id, at: longAgo },
      ],
    });
    await db().eventLogEntry.create({ data: { activationId, text: "Le maire de Sorde-l'Abbaye signale un pont submergé", authorName: "Coralie", at: longAgo } });
    // 2,100 newer audit entries of another kind (verification steps) and 2,100 newer manual entries.
    await db().$executeRawUnsafe(
      `INSERT INTO "AuditLog" ("actorId", "action", "entity", "entityId", "activationId", "before", "after", "at")
       SELECT $2::uuid, 'report.status', 'Report', $3, $1::uuid, '{"status":"NEW"}'::jsonb, '{"status":"IN_VERIFICATION"}'::jsonb, now() - interval '1 day' + n * interval '1 second'
       FROM generate_series(1, 2100) n`,
      activationId,
      alice.id,
      routine.id,
    );
    await db().$executeRawUnsafe(
      `INSERT INTO "EventLogEntry" ("activationId", "text", "authorName", "at")
       SELECT $1::uuid, 'Point horaire n° ' || n, 'Coralie', now() - interval '1 day' + n * interval '1 second'
       FROM generate_series(1, 2100) n`,
      activationId,
    );

    const all = await listEventLog(activationId);
    expect(all).toHaveLength(2000); // still a bounded page, the newest
    expect(all.some((row) => row.at.getTime() === longAgo.getTime())).toBe(false);

    // By the record's name, accents and case ignored.
    const byName = await listEventLog(activationId, { q: "PEYREHORADE" });
    expect(byName.map((row) => `${row.kind}|${row.sentence.fr}`)).toEqual(["confirmation|Alice a confirmé la remontée « Digue fissurée à Peyrehorade »"]);
    expect((await listEventLog(activationId, { q: "evacuation du quartier" })).map((row) => row.kind)).toEqual(["relay"]);
    // By the manual entry's text.
    expect((await listEventLog(activationId, { q: "sorde-l'abbaye" })).map((row) => row.sentence.fr)).toEqual(["Le maire de Sorde-l'Abbaye signale un pont submergé"]);
    // By the audit action and entity names.
    expect((await listEventLog(activationId, { q: "relay.publish" })).map((row) => row.kind)).toEqual(["relay"]);
    expect((await listEventLog(activationId, { q: "RelayMessage" })).map((row) => row.kind)).toEqual(["relay"]);
    // By the fixed words of the sentence: a confirmation, not the 2,100 verification steps.
    expect((await listEventLog(activationId, { q: "a confirmé" })).map((row) => row.sentence.fr)).toEqual(["Alice a confirmé la remontée « Digue fissurée à Peyrehorade »"]);
    // By the actor's name, "Système" included.
    await db().auditLog.create({ data: { activationId, action: "escalation.renotify", entity: "Escalation", entityId: "00000000-0000-0000-0000-000000000002", at: longAgo } });
    expect((await listEventLog(activationId, { q: "systeme" })).map((row) => `${row.actor}|${row.kind}`)).toEqual(["Système|escalation"]);
    // LIKE's wildcards are searched for literally.
    expect(await listEventLog(activationId, { q: "%_%" })).toEqual([]);

    // By kind: the one confirmation and the one relay message, behind 2,100 newer verification steps.
    expect((await listEventLog(activationId, { kind: "confirmation" })).map((row) => row.at.getTime())).toEqual([longAgo.getTime()]);
    expect((await listEventLog(activationId, { kind: "relay" })).map((row) => row.sentence.fr)).toEqual(["Coralie a publié le message « Évacuation du quartier des Barthes »"]);
    expect(await listEventLog(activationId, { kind: "verification" })).toHaveLength(2000);
    const manual = await listEventLog(activationId, { kind: "manual", to: new Date(Date.now() - 10 * 86400_000) });
    expect(manual.map((row) => row.sentence.fr)).toContain("Le maire de Sorde-l'Abbaye signale un pont submergé");
  });
});

describe("event log export", () => {
  it("reads the whole log page by page, without losing or repeating a row, ties in time included", async () => {
    const tie = new Date(Date.now() - 15 * 86400_000);
    const message = await db().relayMessage.findFirstOrThrow({ where: { activationId } });
    await db().eventLogEntry.createMany({ data: Array.from({ length: 5 }, (_, i) => ({ activationId, text: `Même instant ${i}`, authorName: "Coralie", at: tie })) });
    await db().auditLog.createMany({ data: Array.from({ length: 5 }, () => ({ activationId, actorId: coordinator.id, action: "relay.publish", entity: "RelayMessage", entityId: message.id, at: tie })) });
    const older = { to: new Date(Date.now() - 10 * 86400_000) };
    const pages: string[][] = [];
    for await (const page of eachEventLogPage(activationId, older, 3)) pages.push(page.map((row) => row.id));
    const ids = pages.flat();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(10 + 4 + 1); // the ties, the four far-back entries, the Paris phone call of January 2025
    expect(pages.every((page) => page.length <= 3)).toBe(true);

    // The whole log, as the CSV export streams it.
    const manualCount = await db().eventLogEntry.count({ where: { activationId } });
    const auditCount = await db().auditLog.count({ where: { activationId, action: { in: LOGGED_ACTIONS } } });
    expect(manualCount + auditCount).toBeGreaterThan(4200);
    let lines = 0;
    for await (const chunk of eventLogCsvChunks(eachEventLogPage(activationId), { locale: "fr", timeZone: PARIS })) lines += chunk.split("\r\n").filter(Boolean).length;
    expect(lines).toBe(manualCount + auditCount + 1);
  });
});

describe("a situation report of a big activation", () => {
  it("keeps every confirmed report for the exports, counts exactly, and says in the PDF what it leaves out", async () => {
    const room = await createWatchRoom({ volunteers: ["Bastien"], coordinator: "Capucine", associationName: "Secouristes de l'Adour" });
    const big = room.activationId;
    await db().activation.update({ where: { id: big }, data: { timeZone: PARIS, reportCategories: [{ code: "flooding", label: { fr: "Inondation", en: "Flooding" } }, { code: "road_closed", label: { fr: "Route coupée", en: "Road closed" } }] } });
    // 1,150 confirmed reports (1,100 floods, 50 roads), 40 still in verification, written with SQL for speed.
    await db().$executeRawUnsafe(
      `INSERT INTO "Report" ("id", "activationId", "title", "category", "severity", "lat", "lon", "precision", "placeName", "observedAt", "tags", "status", "currency", "updatedAt", "createdAt")
       SELECT gen_random_uuid(), $1::uuid, 'Rue inondée n° ' || n, CASE WHEN n <= 1100 THEN 'flooding' ELSE 'road_closed' END, 1 + n % 4,
              43.7 + n * 0.0001, -1.05 - n * 0.0001, 'point', 'Commune ' || (n % 30), now() - interval '2 hours', '{}',
              CASE WHEN n <= 1150 THEN 'CONFIRMED' ELSE 'IN_VERIFICATION' END::"ReportStatus", 'CURRENT'::"ReportCurrency", now() - interval '2 hours', now() - interval '2 hours'
       FROM generate_series(1, 1190) n`,
      big,
    );
    // 230 escalations over an hour: 210 still open, 20 acknowledged.
    await db().$executeRawUnsafe(
      `INSERT INTO "Escalation" ("id", "activationId", "reportId", "message", "status", "createdAt", "acknowledgedAt", "acknowledgedByName", "answer")
       SELECT gen_random_uuid(), $1::uuid, r."id", 'Alerte ' || r.n, CASE WHEN r.n <= 20 THEN 'ACKNOWLEDGED' ELSE 'OPEN' END::"EscalationStatus",
              now() - interval '90 minutes' + r.n * interval '1 second', CASE WHEN r.n <= 20 THEN now() - interval '10 minutes' END, CASE WHEN r.n <= 20 THEN 'Préfecture' END, CASE WHEN r.n <= 20 THEN 'secours engagés' END
       FROM (SELECT "id", row_number() OVER (ORDER BY "title") AS n FROM "Report" WHERE "activationId" = $1::uuid LIMIT 230) r`,
      big,
    );
    const own = async (sql: string) => Number((await db().$queryRawUnsafe<{ n: bigint }[]>(sql, big))[0]!.n);
    const confirmedCount = await own(`SELECT count(*) n FROM "Report" WHERE "activationId" = $1::uuid AND status = 'CONFIRMED' AND "mergedIntoId" IS NULL`);
    const openCount = await own(`SELECT count(*) n FROM "Escalation" WHERE "activationId" = $1::uuid AND "acknowledgedAt" IS NULL`);
    expect([confirmedCount, openCount]).toEqual([1150, 210]);

    const { id } = await createSitrep(room.coordinator, big, { summary: "Crue majeure." });
    const sitrep = await getSitrep(big, id);
    expect(sitrep.data.confirmed).toHaveLength(confirmedCount);
    expect(sitrep.data.figures.byStatus.CONFIRMED).toBe(confirmedCount);
    expect(sitrep.data.figures.openEscalations).toBe(openCount);
    expect(sitrep.data.escalationsTotal).toBe(230);
    expect(sitrep.data.escalations).toHaveLength(200); // the list stays bounded; the counts do not come from it

    // The page reads only the first facts, and how many there are.
    const head = await getSitrepHead(big, id, 200);
    expect(head.confirmedCount).toBe(confirmedCount);
    expect(head.data.confirmed).toEqual(sitrep.data.confirmed.slice(0, 200));
    expect({ ...head.data, confirmed: [] }).toEqual({ ...sitrep.data, confirmed: [] });
    expect(head.asOf).toEqual(sitrep.asOf);
    await expect(getSitrepHead(activationId, id, 200)).rejects.toMatchObject({ code: "NOT_FOUND" }); // another activation's

    const csvLines = sitrepCsv(sitrep).split("\r\n").filter(Boolean);
    expect(csvLines).toHaveLength(confirmedCount + 1);
    expect(new Set(csvLines.slice(1).map((line) => line.split(",")[2])).size).toBe(confirmedCount);
    expect(csvLines.slice(1).every((line) => /,-1\.\d+,point,/.test(line))).toBe(true); // longitudes stay numbers
    const geo = sitrepGeoJson(sitrep);
    expect(geo.features).toHaveLength(confirmedCount);
    // The download route streams the same text in pieces.
    expect(Buffer.from(await new Response(textStream(sitrepCsvChunks(sitrep))).arrayBuffer()).toString("utf8")).toBe(sitrepCsv(sitrep));
    expect([...sitrepCsvChunks(sitrep)].length).toBeGreaterThan(2);
    expect(JSON.parse(await new Response(textStream(sitrepGeoJsonChunks(sitrep))).text())).toEqual(geo);

    const pdf = await renderSitrepPdf(sitrep);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("Inondation (1100)");
    expect(flat).toContain("… et 1040 autres, voir l'export CSV.");
    expect(flat).not.toContain("Route coupée (50) … et"); // 50 fit: nothing left out there
    expect(flat).toMatch(/Alertes urgentes non prises en compte\s*210/);
    expect(flat).toContain("… et 30 autres alertes plus anciennes, dont 10 non prises en compte, non reprises ici.");
    expect(flat).not.toContain("n'a conservé que");

    // A snapshot from before this fix (cut at 1,000, no flag) says so in its PDF.
    const { confirmedComplete: _complete, ...older } = sitrep.data;
    const oldPdf = await renderSitrepPdf({ ...sitrep, data: { ...older, confirmed: sitrep.data.confirmed.slice(0, 1000) } });
    const oldText = (await extractText(await getDocumentProxy(new Uint8Array(oldPdf)), { mergePages: true })).text.replace(/\s+/g, " ");
    expect(oldText).toContain("Ce point de situation n'a conservé que les 1000 premières remontées confirmées sur 1150.");
  });
});

describe("the situation report's map", () => {
  it("draws every confirmed report's place, one marker per spot, the most severe on top", () => {
    const circles: { x: number; y: number; r: number }[] = [];
    // A recording stand-in for the PDF document: every drawing call chains, circles are noted.
    const doc: unknown = new Proxy({}, { get: (_target, name) => (name === "circle" ? (x: number, y: number, r: number) => (circles.push({ x, y, r }), doc) : () => doc) });
    const report = (i: number, lat: number, lon: number, severity: number) => ({ id: `r${i}`, title: "", category: "flooding", severity, currency: "CURRENT", placeName: null, lat, lon, precision: "point", observedAt: "", updatedAt: "" });
    const crowd = Array.from({ length: 20_000 }, (_, i) => report(i, 43.7 + (i % 7) * 1e-6, -1.05, 1));
    const data = { activation: { bbox: [-1.5, 43.4, 0.2, 44.6] }, confirmed: [...crowd, report(-1, 43.7, -1.05, 4), report(-2, 44.2, -0.2, 2), report(-3, 43.5, -1.4, 3)] };
    drawSitrepMap(doc as PDFKit.PDFDocument, data as never, { x: 0, y: 0, width: 495, height: 280 });
    expect(circles).toHaveLength(3);
    expect(circles.map((circle) => circle.r).sort()).toEqual([4, 5, 6]); // radius 2 + severity: the crowd's spot shows its severity-4 report
    expect(circles.at(-1)!.r).toBe(6);
  });
});
