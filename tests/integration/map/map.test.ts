import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/session-user";
import { db } from "../../../lib/db/client";
import { closePgPool } from "../../../lib/db/pg-pool";
import { ingestBatch } from "../../../lib/ingest/ingest-batch";
import { createMapFeature } from "../../../lib/map/create-map-feature";
import { deleteMapFeature } from "../../../lib/map/delete-map-feature";
import { exportMapGeoJson } from "../../../lib/map/export-map-geojson";
import { getMapView } from "../../../lib/map/get-map-view";
import { cellSizeDegrees, snapBBoxToCells } from "../../../lib/map/grid";
import { cellKeyOf } from "../../../lib/map/grid-aggregates";
import { listMapFeatures } from "../../../lib/map/list-map-features";
import { MapFeatureConflictError } from "../../../lib/map/map-feature-conflict";
import { unpublishReport } from "../../../lib/publish/unpublish-report";
import { moveReport } from "../../../lib/verify/move-report";
import { updateMapFeature } from "../../../lib/map/update-map-feature";
import { createReport } from "../../../lib/verify/create-report";
import { ReportConflictError } from "../../../lib/verify/update-report";
import { createActivation, createOrganization, createUser, resetDatabase } from "../helpers/fixtures";

let volunteer: SessionUser;
let coordinator: SessionUser;
let prefect: SessionUser;
let strangerAuthority: SessionUser;
let activationId: string;

type Seeded = { id: string; lat: number; lon: number; status: string; category: string; severity: number; observedAt: Date; merged: boolean };
let seeded: Seeded[];

const STATUSES = ["NEW", "IN_VERIFICATION", "CONFIRMED", "FALSE", "UNCONFIRMABLE"] as const;
const CATEGORIES = ["water_levels", "roads_cut", "people_in_danger"];
const square = [[-0.8, 43.9], [-0.7, 43.9], [-0.7, 44], [-0.8, 44], [-0.8, 43.9]];

beforeEach(async () => {
  await resetDatabase();
  const org = await createOrganization();
  const prefecture = await createOrganization("PREFECTURE");
  const otherPrefecture = await createOrganization("PREFECTURE");
  volunteer = await createUser({ role: "VOLUNTEER", organizationId: org.id, name: "Vera" });
  coordinator = await createUser({ role: "COORDINATOR", organizationId: org.id, name: "Coralie" });
  prefect = await createUser({ role: "AUTHORITY", organizationId: prefecture.id, name: "Préfecture" });
  strangerAuthority = await createUser({ role: "AUTHORITY", organizationId: otherPrefecture.id, name: "Ailleurs" });
  activationId = (
    await createActivation({ ownerOrganizationId: org.id, createdById: coordinator.id, requesters: [prefecture.id], members: [{ userId: volunteer.id, role: "VOLUNTEER" }, { userId: coordinator.id, role: "COORDINATOR" }] })
  ).id;
  await db().activation.update({ where: { id: activationId }, data: { reportCategories: CATEGORIES.map((code) => ({ code, label: { fr: code, en: code } })) } });
  // A deterministic scatter over the Landes, with every status, category and severity, some old.
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const now = Date.now();
  seeded = Array.from({ length: 1500 }, (_, i) => ({
    id: crypto.randomUUID(),
    lat: 43.5 + random() * 1.0,
    lon: -1.4 + random() * 1.4,
    status: STATUSES[i % STATUSES.length],
    category: CATEGORIES[i % CATEGORIES.length],
    severity: 1 + (i % 4),
    observedAt: new Date(now - (i % 10) * 3_600_000 - 60_000),
    merged: i % 97 === 0,
  }));
  await db().report.createMany({
    data: seeded.map((r) => ({ id: r.id, activationId, title: `R ${r.id.slice(0, 6)}`, category: r.category, severity: r.severity, lat: r.lat, lon: r.lon, precision: "point", observedAt: r.observedAt, status: r.status as "NEW", mergedIntoId: r.merged ? seeded[0].id : null })),
  });
  // Reports without a place never reach the map.
  await db().report.create({ data: { activationId, title: "Nowhere", category: "water_levels", severity: 2, observedAt: new Date() } });
});
afterAll(() => closePgPool());

function expectedCells(reports: Seeded[], cell: number): Map<string, number> {
  const cells = new Map<string, number>();
  for (const r of reports) cells.set(cellKeyOf(r.lat, r.lon, cell), (cells.get(cellKeyOf(r.lat, r.lon, cell)) ?? 0) + 1);
  return cells;
}

describe("map view clusters", () => {
  it("counts every visible report once, per cell, as computed here; lone reports come as points", async () => {
    const bbox = { west: -1.2, south: 43.6, east: -0.4, north: 44.3 };
    const zoom = 9;
    const cell = cellSizeDegrees(zoom);
    const snapped = snapBBoxToCells(bbox, cell);
    const visible = seeded.filter((r) => !r.merged && r.status !== "FALSE" && r.lat >= snapped.south && r.lat <= snapped.north && r.lon >= snapped.west && r.lon <= snapped.east);
    const view = await getMapView(volunteer, activationId, { bbox: `${bbox.west},${bbox.south},${bbox.east},${bbox.north}`, zoom: String(zoom) });
    expect(view.total).toBe(visible.length);
    const expected = expectedCells(visible, cell);
    const got = new Map(view.clusters.map((c) => [c.key, c.count]));
    for (const point of view.points) got.set(cellKeyOf(point.lat, point.lon, cell), 1);
    expect(got).toEqual(expected);
    expect(view.points.every((p) => expected.get(cellKeyOf(p.lat, p.lon, cell)) === 1)).toBe(true);
    // A cluster's centroid lies inside its cell.
    for (const c of view.clusters) expect(cellKeyOf(c.lat, c.lon, cell)).toBe(c.key);
  });

  it("applies status, category, severity and time filters", async () => {
    const base = { bbox: "-2,43,0.5,45", zoom: "7" };
    const count = async (extra: Record<string, string>) => (await getMapView(volunteer, activationId, { ...base, ...extra })).total;
    const live = seeded.filter((r) => !r.merged);
    expect(await count({ statuses: "FALSE" })).toBe(live.filter((r) => r.status === "FALSE").length);
    expect(await count({ categories: "roads_cut", statuses: "NEW,CONFIRMED" })).toBe(live.filter((r) => r.category === "roads_cut" && (r.status === "NEW" || r.status === "CONFIRMED")).length);
    expect(await count({ severities: "4", statuses: STATUSES.join(",") })).toBe(live.filter((r) => r.severity === 4).length);
    expect(await count({ window: "1h", statuses: STATUSES.join(",") })).toBe(live.filter((r) => r.observedAt.getTime() > Date.now() - 3_600_000).length);
    const from = new Date(Date.now() - 5.5 * 3_600_000);
    const to = new Date(Date.now() - 2.5 * 3_600_000);
    expect(await count({ window: "custom", from: from.toISOString(), to: to.toISOString(), statuses: STATUSES.join(",") })).toBe(live.filter((r) => r.observedAt >= from && r.observedAt <= to).length);
  });

  it("sends reports one by one at street zoom", async () => {
    const target = seeded.find((r) => !r.merged && r.status === "CONFIRMED")!;
    const d = 0.004;
    const view = await getMapView(volunteer, activationId, { bbox: `${target.lon - d},${target.lat - d},${target.lon + d},${target.lat + d}`, zoom: "16" });
    expect(view.clusters).toEqual([]);
    expect(view.points.map((p) => p.id)).toContain(target.id);
  });

  it("refuses a bad query and strangers", async () => {
    await expect(getMapView(volunteer, activationId, { bbox: "oops", zoom: "9" })).rejects.toThrow();
    await expect(getMapView(strangerAuthority, activationId, { bbox: "-2,43,0.5,45", zoom: "7" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listMapFeatures(strangerAuthority, activationId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exportMapGeoJson(strangerAuthority, activationId, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The requesting prefecture reads the map but does not draw.
    expect((await getMapView(prefect, activationId, { bbox: "-2,43,0.5,45", zoom: "7" })).total).toBeGreaterThan(0);
    await expect(createMapFeature(prefect, activationId, { kind: "OTHER", geometry: { type: "Point", coordinates: [-0.75, 43.95] } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("answers an id that is not one with NOT_FOUND, never a database error", async () => {
    await expect(updateMapFeature(volunteer, activationId, "not-a-uuid", { version: 1, label: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteMapFeature(volunteer, activationId, "1; DROP", { version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(moveReport(volunteer, activationId, "42", { version: 1, lat: 43.9, lon: -0.7 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(unpublishReport(coordinator, activationId, "nope")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("drawn features", () => {
  it("are versioned: a change on an old version is refused and overwrites nothing; every change is audited and announced", async () => {
    const created = await createMapFeature(volunteer, activationId, { kind: "FLOODED_AREA", label: "Quartier inondé", geometry: { type: "Polygon", coordinates: [square] } });
    expect(created.version).toBe(1);
    const updated = await updateMapFeature(coordinator, activationId, created.id, { version: 1, label: "Quartier des Arènes inondé" });
    expect(updated.version).toBe(2);
    await expect(updateMapFeature(volunteer, activationId, created.id, { version: 1, label: "Ancien libellé" })).rejects.toBeInstanceOf(MapFeatureConflictError);
    await expect(deleteMapFeature(volunteer, activationId, created.id, { version: 1 })).rejects.toBeInstanceOf(MapFeatureConflictError);
    expect((await listMapFeatures(volunteer, activationId))[0]).toMatchObject({ label: "Quartier des Arènes inondé", version: 2 });
    const stored = await db().mapFeature.findUniqueOrThrow({ where: { id: created.id } });
    expect([stored.minLat, stored.minLon, stored.maxLat, stored.maxLon]).toEqual([43.9, -0.8, 44, -0.7]);

    await expect(createMapFeature(volunteer, activationId, { kind: "FLOODED_AREA", geometry: { type: "Polygon", coordinates: [square.slice(0, 4)] } })).rejects.toThrow();
    await deleteMapFeature(volunteer, activationId, created.id, { version: 2 });
    expect(await listMapFeatures(volunteer, activationId)).toEqual([]);

    const audit = await db().auditLog.findMany({ where: { entityId: created.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["mapFeature.create", "mapFeature.update", "mapFeature.delete"]);
    const events = await db().activationEvent.findMany({ where: { activationId, type: "map:feature" }, orderBy: { seq: "asc" } });
    expect(events.map((e) => (e.payload as { action: string }).action)).toEqual(["created", "updated", "deleted"]);
  });
});

describe("moving a report", () => {
  it("sets its exact place with its version, audits report.move and announces map:report; a stale move is refused", async () => {
    const report = await db().report.findFirstOrThrow({ where: { activationId, mergedIntoId: null, lat: { not: null } } });
    const moved = await moveReport(volunteer, activationId, report.id, { version: report.version, lat: 43.8932, lon: -0.5003 });
    expect(moved).toMatchObject({ lat: 43.8932, lon: -0.5003, precision: "point", version: report.version + 1 });
    const after = await db().report.findUniqueOrThrow({ where: { id: report.id } });
    expect([after.lat, after.lon, after.precision, after.version]).toEqual([43.8932, -0.5003, "point", report.version + 1]);
    expect(after.placeName).toBeTruthy(); // named after the commune it falls in (Mont-de-Marsan)
    await expect(moveReport(volunteer, activationId, report.id, { version: report.version, lat: 44, lon: -1 })).rejects.toBeInstanceOf(ReportConflictError);
    expect((await db().report.findUniqueOrThrow({ where: { id: report.id } })).lat).toBe(43.8932);
    const audit = await db().auditLog.findMany({ where: { entityId: report.id } });
    expect(audit.map((a) => a.action)).toEqual(["report.move"]);
    expect(await db().activationEvent.count({ where: { activationId, type: "map:report" } })).toBe(1);
    await expect(moveReport(prefect, activationId, report.id, { version: after.version, lat: 44, lon: -1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("GeoJSON export", () => {
  it("is for coordinators and authorities, follows the filters and carries no author nor post text", async () => {
    await ingestBatch({ activationId, sourceId: null, payloads: [{ network: "x", externalId: "p1", author: { handle: "@riverain40" }, text: "Secret text of a post, call 06 12 34 56 78", postedAt: new Date().toISOString() }] });
    const post = await db().post.findFirstOrThrow({ where: { activationId } });
    await createReport(volunteer, activationId, { title: "Digue rompue", description: "Signalé par @voisin_dax, rappeler au 06 98 76 54 32", category: "water_levels", severity: 4, postIds: [String(post.id)], location: { lat: 43.7, lon: -1.05, precision: "point", placeName: "Dax" } });
    await createMapFeature(volunteer, activationId, { kind: "CLOSED_ROAD", label: "D824", note: "Contact : secours.dax@example.org", geometry: { type: "LineString", coordinates: [[-0.8, 43.9], [-0.7, 43.95]] } });
    await expect(exportMapGeoJson(volunteer, activationId, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    const all = await exportMapGeoJson(prefect, activationId, { statuses: "NEW" });
    const text = JSON.stringify(all);
    expect(text).not.toContain("riverain40");
    expect(text).not.toContain("Secret text");
    expect(text).not.toContain(volunteer.name);
    // The file travels: personal data in the free texts leaves as placeholders.
    expect(text).not.toMatch(/voisin_dax|06 98 76 54 32|secours\.dax@example\.org/);
    expect(text).toContain("Signalé par [compte], rappeler au [téléphone]");
    const reports = all.features.filter((f) => f.properties.layer === "report");
    expect(reports.length).toBe(seeded.filter((r) => !r.merged && r.status === "NEW").length + 1);
    expect(reports.find((f) => f.properties.title === "Digue rompue")).toMatchObject({ geometry: { type: "Point", coordinates: [-1.05, 43.7] }, properties: { category: "water_levels", severity: 4, placeName: "Dax" } });
    expect(all.features.filter((f) => f.properties.layer === "drawing")).toHaveLength(1);
    const confirmed = await exportMapGeoJson(coordinator, activationId, { statuses: "CONFIRMED", categories: "roads_cut" });
    expect(confirmed.features.filter((f) => f.properties.layer === "report")).toHaveLength(seeded.filter((r) => !r.merged && r.status === "CONFIRMED" && r.category === "roads_cut").length);
  });
});
