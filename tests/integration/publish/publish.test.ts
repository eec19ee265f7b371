import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Server } from "socket.io";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/session-user";
import { db } from "../../../lib/db/client";
import { closePgPool } from "../../../lib/db/pg-pool";
import { ingestBatch } from "../../../lib/ingest/ingest-batch";
import { gridCellCentre } from "../../../lib/public-map/coarsen-location";
import { findPublicActivation } from "../../../lib/public-map/find-public-activation";
import { getPublicMap } from "../../../lib/public-map/get-public-map";
import { toPublicGeoJson } from "../../../lib/public-map/to-public-geojson";
import { publishMapFeature, unpublishMapFeature } from "../../../lib/publish/publish-map-feature";
import { PersonalDataRefusal } from "../../../lib/publish/publish-errors";
import { publishReport } from "../../../lib/publish/publish-report";
import { unpublishReport } from "../../../lib/publish/unpublish-report";
import { updatePublicMapSettings } from "../../../lib/publish/update-public-map-settings";
import { mergeReports } from "../../../lib/verify/merge-reports";
import { startAutoUnpublish } from "../../../lib/publish/auto-unpublish";
import { attachPublicNamespace } from "../../../lib/public-map/public-namespace";
import { createSocketServer } from "../../../lib/realtime/socket-server";
import { createReport } from "../../../lib/verify/create-report";
import { decideReview } from "../../../lib/verify/decide-review";
import { requestStatus } from "../../../lib/verify/request-status";
import { createActivation, createOrganization, createUser, resetDatabase, TEST_SECRET } from "../helpers/fixtures";

let alice: SessionUser;
let bruno: SessionUser;
let coordinator: SessionUser;
let activationId: string;
let slug: string;

// An exact geotag, a handle and a phone number that must never reach the public.
const GEO = { lat: 43.712345, lon: -1.051234 };
const HANDLE = "@riverain40";
const PHONE = "06 12 34 56 78";

beforeEach(async () => {
  await resetDatabase();
  const org = await createOrganization();
  alice = await createUser({ role: "VOLUNTEER", organizationId: org.id, name: "Alice" });
  bruno = await createUser({ role: "VOLUNTEER", organizationId: org.id, name: "Bruno" });
  coordinator = await createUser({ role: "COORDINATOR", organizationId: org.id, name: "Coralie" });
  const activation = await createActivation({
    ownerOrganizationId: org.id,
    createdById: coordinator.id,
    members: [
      { userId: alice.id, role: "VOLUNTEER" },
      { userId: bruno.id, role: "VOLUNTEER" },
      { userId: coordinator.id, role: "COORDINATOR" },
    ],
  });
  activationId = activation.id;
  slug = activation.slug;
  await db().activation.update({ where: { id: activationId }, data: { reportCategories: [{ code: "flooding", label: { fr: "Inondation", en: "Flooding" } }] } });
});
afterAll(() => closePgPool());

let counter = 0;
async function storedPost(extra: Record<string, unknown> = {}): Promise<{ id: string; externalId: string }> {
  const externalId = `p${++counter}`;
  const result = await ingestBatch({
    activationId,
    sourceId: null,
    payloads: [{ network: "mastodon", externalId, author: { handle: HANDLE, name: "Marie Riverain" }, text: `L'eau monte au 12 rue des Arènes à Dax, appelez le ${PHONE} #crue`, postedAt: new Date().toISOString(), geo: GEO, ...extra }],
  });
  return { id: result.storedIds[0], externalId };
}

async function report(title: string, postIds: string[] = []): Promise<string> {
  const { id } = await createReport(alice, activationId, {
    title,
    description: `Vu par ${HANDLE}, joignable au ${PHONE}`,
    category: "flooding",
    postIds,
    location: { ...GEO, precision: "point" },
  });
  return id;
}

async function settle(reportId: string, status: "CONFIRMED" | "FALSE"): Promise<void> {
  const { reviewId } = await requestStatus(alice, activationId, reportId, { status });
  await decideReview(bruno, activationId, reviewId!, { decision: "agreed" });
}

const publicTexts = { publicTitle: "Rue inondée à Dax", publicSummary: "Le centre de Dax est inondé, évitez le secteur." };

describe("publishing a report", () => {
  it("refuses a public summary with a phone number, an e-mail or a street address, and changes nothing", async () => {
    const id = await report("Eau dans les rues");
    await settle(id, "CONFIRMED");
    for (const [summary, kind] of [
      [`Appelez le ${PHONE} pour aider`, "phone"],
      ["Écrire à marie.riverain@example.org", "email"],
      ["Eau au 12 rue des Arènes", "address"],
      [`Signalé par ${HANDLE}`, "handle"],
    ] as const) {
      const refusal = await publishReport(coordinator, activationId, id, { publicTitle: "Rue inondée", publicSummary: summary }).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(PersonalDataRefusal);
      expect((refusal as PersonalDataRefusal).flags.map((f) => [f.field, f.kind])).toContainEqual(["publicSummary", kind]);
    }
    const row = await db().report.findUniqueOrThrow({ where: { id } });
    expect(row.published).toBe(false);
    expect(await db().auditLog.count({ where: { action: "report.publish" } })).toBe(0);
  });

  it("publishes only CONFIRMED reports, and only for coordinators", async () => {
    const id = await report("Eau dans les rues");
    await expect(publishReport(coordinator, activationId, id, publicTexts)).rejects.toThrow("publish_needs_confirmed");
    await settle(id, "CONFIRMED");
    await expect(publishReport(alice, activationId, id, publicTexts)).rejects.toThrow("coordinators_only");
    await publishReport(coordinator, activationId, id, publicTexts);
    const row = await db().report.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ published: true, publicTitle: publicTexts.publicTitle, publishedById: coordinator.id });
    expect(await db().auditLog.count({ where: { action: "report.publish", entityId: id } })).toBe(1);
    // One click to take it off; twice changes nothing.
    expect(await unpublishReport(coordinator, activationId, id)).toEqual({ unpublished: true });
    expect(await unpublishReport(coordinator, activationId, id)).toEqual({ unpublished: false });
    expect(await db().auditLog.count({ where: { action: "report.unpublish", entityId: id } })).toBe(1);
    const falseOne = await report("Fausse rumeur");
    await settle(falseOne, "FALSE");
    await expect(publishReport(coordinator, activationId, falseOne, publicTexts)).rejects.toThrow("publish_needs_confirmed");
  });

  it("unpublishes automatically when the report turns FALSE", async () => {
    const id = await report("Eau dans les rues");
    await settle(id, "CONFIRMED");
    await publishReport(coordinator, activationId, id, publicTexts);
    await settle(id, "FALSE");
    expect((await db().report.findUniqueOrThrow({ where: { id } })).published).toBe(false);
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "report.unpublish", entityId: id } });
    expect(entry.after).toMatchObject({ reason: "report_false" });
  });

  it("unpublishes automatically when one of its posts is deleted at the source", async () => {
    const post = await storedPost();
    const id = await report("Eau dans les rues", [post.id]);
    await settle(id, "CONFIRMED");
    await publishReport(coordinator, activationId, id, publicTexts);
    const stop = startAutoUnpublish(); // as the server does at start
    try {
      await ingestBatch({ activationId, sourceId: null, payloads: [{ kind: "delete", network: "mastodon", externalId: post.externalId }] });
    } finally {
      stop();
    }
    expect((await db().report.findUniqueOrThrow({ where: { id } })).published).toBe(false);
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "report.unpublish", entityId: id } });
    expect(entry.after).toMatchObject({ reason: "post_deleted_at_source" });
    await expect(publishReport(coordinator, activationId, id, publicTexts)).rejects.toThrow("publish_post_deleted");
  });
});

describe("a published report merged into another", () => {
  it("leaves the public map, audited with the reason", async () => {
    const [a, b] = [await storedPost(), await storedPost()];
    const duplicate = await report("Cave inondée (doublon)", [a.id]);
    const kept = await report("Cave inondée", [b.id]);
    await settle(duplicate, "CONFIRMED");
    await publishReport(coordinator, activationId, duplicate, publicTexts);
    await mergeReports(coordinator, activationId, kept, { from: duplicate });
    expect((await db().report.findUniqueOrThrow({ where: { id: duplicate } })).published).toBe(false);
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "report.unpublish", entityId: duplicate } });
    expect(entry.after).toMatchObject({ reason: "merged" });
  });
});

describe("publishing a drawn feature", () => {
  it("refuses a label with personal data, publishes a clean one and unpublishes it", async () => {
    const feature = await db().mapFeature.create({
      data: { activationId, kind: "FLOODED_AREA", geometry: { type: "Point", coordinates: [-1.05, 43.71] }, label: "Zone", note: `Signalée par ${HANDLE}`, minLat: 43.71, minLon: -1.05, maxLat: 43.71, maxLon: -1.05 },
    });
    for (const label of [`Appeler le ${PHONE}`, "contact@riverain.fr", "12 rue des Arènes"]) {
      await expect(publishMapFeature(coordinator, activationId, feature.id, { publicLabel: label })).rejects.toBeInstanceOf(PersonalDataRefusal);
    }
    expect((await db().mapFeature.findUniqueOrThrow({ where: { id: feature.id } })).published).toBe(false);
    await expect(publishMapFeature(coordinator, activationId, feature.id, { publicLabel: "Quartier inondé", version: 7 })).rejects.toThrow("feature_changed");
    await publishMapFeature(coordinator, activationId, feature.id, { publicLabel: "Quartier inondé", version: 1 });
    expect(await db().auditLog.count({ where: { action: "mapFeature.publish", entityId: feature.id } })).toBe(1);
    // The watch-room maps hear it through their own event, with the publication state.
    const event = await db().activationEvent.findFirstOrThrow({ where: { activationId, type: "map:feature" }, orderBy: { seq: "desc" } });
    expect(event.payload).toMatchObject({ action: "updated", feature: { id: feature.id, published: true, publicLabel: "Quartier inondé" } });
    expect(await unpublishMapFeature(coordinator, activationId, feature.id)).toEqual({ unpublished: true });
    expect(await db().auditLog.count({ where: { action: "mapFeature.unpublish", entityId: feature.id } })).toBe(1);
  });
});

describe("the public map", () => {
  let http: HttpServer | null = null;
  let io: Server | null = null;
  const clients: Socket[] = [];
  afterAll(async () => {
    clients.forEach((c) => c.close());
    io?.close();
    if (http) await new Promise((resolve) => http!.close(resolve));
  });

  it("shows only the published report, redacted and coarsened, in its data, its GeoJSON and its live events", async () => {
    await updatePublicMapSettings(coordinator, activationId, { publicMapAllowed: true, publicPrecision: "grid", publicGridMeters: 1000 });
    http = createServer();
    io = createSocketServer(http, { secret: TEST_SECRET });
    attachPublicNamespace(io, { trustProxy: false });
    await new Promise<void>((resolve) => http!.listen(0, "127.0.0.1", resolve));
    const client = connect(`http://127.0.0.1:${(http.address() as AddressInfo).port}/public`, { transports: ["websocket"], reconnection: false, auth: { slug } });
    clients.push(client);
    await new Promise<void>((resolve, reject) => {
      client.once("connect", () => resolve());
      client.once("connect_error", reject);
    });
    const events: unknown[] = [];
    client.onAny((type: string, payload: unknown) => events.push({ type, payload }));

    const published = await report("Eau chez Marie Riverain", [(await storedPost()).id]);
    await settle(published, "CONFIRMED");
    await publishReport(coordinator, activationId, published, publicTexts);
    const unpublished = await report("Confirmée, jamais publiée", [(await storedPost()).id]);
    await settle(unpublished, "CONFIRMED");
    const fresh = await report("Toute nouvelle", [(await storedPost()).id]);
    const falseOne = await report("Infox", [(await storedPost()).id]);
    await settle(falseOne, "FALSE");
    // Even a row wrongly flagged as published in the database stays off the public map unless CONFIRMED.
    await db().report.updateMany({ where: { id: { in: [fresh, falseOne] } }, data: { published: true, publicTitle: "Ne doit pas sortir", publicSummary: "Ne doit pas sortir" } });
    await new Promise((resolve) => setTimeout(resolve, 300));

    const activation = (await findPublicActivation(slug))!;
    const map = await getPublicMap(activation, { window: "all" });
    const geojson = toPublicGeoJson(map, { name: activation.name, slug, generatedAt: new Date() });
    const cell = gridCellCentre(GEO.lat, GEO.lon, 1000);
    expect(map.reports.map((r) => r.id)).toEqual([published]);
    expect(map.reports[0]).toMatchObject({ title: publicTexts.publicTitle, summary: publicTexts.publicSummary, lat: cell.lat, lon: cell.lon, area: "grid", cellMeters: 1000 });
    expect(geojson.features[0].geometry).toEqual({ type: "Point", coordinates: [cell.lon, cell.lat] });
    const reportEvents = events.filter((e) => (e as { type: string }).type === "public:report");
    expect(reportEvents).toHaveLength(1);
    expect((reportEvents[0] as { payload: { lat: number; lon: number } }).payload).toMatchObject({ id: published, lat: cell.lat, lon: cell.lon });

    for (const [what, output] of [["data", map], ["GeoJSON", geojson], ["socket events", events]] as const) {
      const text = JSON.stringify(output);
      for (const secret of [HANDLE, "riverain40", PHONE, "Marie Riverain", "Arènes", String(GEO.lat), String(GEO.lon), unpublished, fresh, falseOne, "Ne doit pas sortir", "Eau chez"]) {
        expect(text, `${what} leaks ${secret}`).not.toContain(secret);
      }
    }

    // Switching the map off closes it: no data, no socket room.
    await updatePublicMapSettings(coordinator, activationId, { publicMapAllowed: false, publicPrecision: "grid", publicGridMeters: 1000 });
    expect(await findPublicActivation(slug)).toBeNull();
  });

  it("coarsens to the commune's centre when asked, and never below 500 m cells", async () => {
    await expect(updatePublicMapSettings(coordinator, activationId, { publicMapAllowed: true, publicPrecision: "grid", publicGridMeters: 100 })).rejects.toThrow();
    await updatePublicMapSettings(coordinator, activationId, { publicMapAllowed: true, publicPrecision: "commune", publicGridMeters: 1000 });
    const id = await report("Eau dans les rues");
    await settle(id, "CONFIRMED");
    await publishReport(coordinator, activationId, id, publicTexts);
    const map = await getPublicMap((await findPublicActivation(slug))!, { window: "all" });
    expect(map.reports[0]).toMatchObject({ area: "commune", placeName: "Dax" });
    expect(map.reports[0].lat).not.toBe(GEO.lat);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "activation.publicMap" }, orderBy: { id: "desc" } });
    expect(audit.after).toMatchObject({ publicPrecision: "commune" });
  });
});
