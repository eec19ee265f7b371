import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { changeActivationStatus } from "../../../lib/activation/change-activation-status";
import type { SessionUser } from "../../../lib/auth/session-user";
import { setClock } from "../../../lib/clock";
import { db } from "../../../lib/db/client";
import { closePgPool } from "../../../lib/db/pg-pool";
import { ingestBatch } from "../../../lib/ingest/ingest-batch";
import { runRetentionPurge } from "../../../lib/retention/run-retention-purge";
import { eraseSubjectData, findSubjectData } from "../../../lib/retention/subject-requests";
import { closeSolidarityItem } from "../../../lib/solidarity/close-solidarity-item";
import { confirmMatch } from "../../../lib/solidarity/confirm-match";
import { createSolidarityItem } from "../../../lib/solidarity/create-solidarity-item";
import { draftRelayFromItem } from "../../../lib/solidarity/draft-relay-from-item";
import { getSolidarityBoard } from "../../../lib/solidarity/get-solidarity-board";
import { listPublicSolidarity } from "../../../lib/solidarity/list-public-solidarity";
import { prefillFromPost, prefillFromReport } from "../../../lib/solidarity/solidarity-prefill";
import { createReport } from "../../../lib/verify/create-report";
import { SolidarityConflictError } from "../../../lib/solidarity/solidarity-errors";
import { updateSolidarityItem } from "../../../lib/solidarity/update-solidarity-item";
import { createOrganization, createUser, createWatchRoom, resetDatabase } from "../helpers/fixtures";

const DAX = "40088";
const SAINT_PAUL_LES_DAX = "40279";
const MONT_DE_MARSAN = "40192";
const CONTACT = "Mme Lafitte 06 12 34 56 78";

let volunteer: SessionUser;
let coordinator: SessionUser;
let prefect: SessionUser;
let outsider: SessionUser;
let admin: SessionUser;
let activationId: string;

beforeEach(async () => {
  await resetDatabase();
  const room = await createWatchRoom({ volunteers: ["Lucas"], coordinator: "Camille", admin: "Admin", authority: "Paul" });
  ({ coordinator, activationId } = room);
  [volunteer] = room.volunteers;
  admin = room.admin!;
  prefect = room.authority!;
  const otherAssociation = await createOrganization("VOLUNTEER_ASSOCIATION");
  outsider = await createUser({ role: "COORDINATOR", organizationId: otherAssociation.id, name: "Autre" });
});
afterAll(() => closePgPool());

const need = (extra: Record<string, unknown> = {}) => createSolidarityItem(volunteer, activationId, { side: "NEED", type: "SHELTER", title: "Famille de 4 sinistrée cherche un hébergement", insee: DAX, contact: CONTACT, ...extra });
const offer = (extra: Record<string, unknown> = {}) => createSolidarityItem(coordinator, activationId, { side: "OFFER", type: "SHELTER", title: "Chambre disponible pour une famille", insee: SAINT_PAUL_LES_DAX, contact: "M. Dupin 07 98 76 54 32", ...extra });

describe("solidarity board", () => {
  it("creates items located at their commune's centre, audits every step under the exact names, and refuses a stale version", async () => {
    const { id, version } = await need();
    const item = await db().solidarityItem.findUniqueOrThrow({ where: { id } });
    expect(item).toMatchObject({ placeName: "Dax", insee: DAX, status: "OPEN", verified: false, version: 1 });
    expect(item.lat).toBeCloseTo(43.71, 1);

    await updateSolidarityItem(volunteer, activationId, id, { version, verified: true, description: "Deux enfants" });
    await expect(updateSolidarityItem(coordinator, activationId, id, { version, title: "Autre titre" })).rejects.toBeInstanceOf(SolidarityConflictError);
    await closeSolidarityItem(volunteer, activationId, id, { version: 2 });
    await expect(createSolidarityItem(volunteer, activationId, { side: "NEED", type: "SHELTER", title: "x", insee: DAX })).rejects.toThrow();
    await expect(createSolidarityItem(volunteer, activationId, { side: "NEED", type: "SHELTER", title: "Sans commune connue", insee: "99999" })).rejects.toThrow(/solidarity_commune_unknown/);
    await expect(createSolidarityItem(prefect, activationId, { side: "NEED", type: "FOOD", title: "Repas" })).rejects.toThrow(/triage/);

    const actions = (await db().auditLog.findMany({ where: { entity: "SolidarityItem", entityId: id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["solidarity.create", "solidarity.update", "solidarity.close"]);
  });

  it("keeps the contact private to the association: not for authority users, other associations, the public, live events or the audit log", async () => {
    const { id, version } = await need();
    await updateSolidarityItem(volunteer, activationId, id, { version, verified: true });
    await updateSolidarityItem(coordinator, activationId, id, { version: 2, showOnPublicMap: true });
    await db().activation.update({ where: { id: activationId }, data: { publicMapAllowed: true } });

    const member = await getSolidarityBoard(volunteer, activationId);
    expect(member.rights.seesContacts).toBe(true);
    expect(member.items[0].contact).toBe(CONTACT);

    const authority = await getSolidarityBoard(prefect, activationId);
    expect(authority.rights).toMatchObject({ seesContacts: false, canEdit: false, canCoordinate: false });
    expect(authority.items).toHaveLength(1);
    expect(authority.items[0]).not.toHaveProperty("contact");
    expect(JSON.stringify(authority)).not.toContain("06 12 34 56 78");
    await expect(getSolidarityBoard(outsider, activationId)).rejects.toThrow(/not found/i);

    const published = await listPublicSolidarity(activationId);
    expect(published).toEqual([{ id, side: "NEED", type: "SHELTER", title: "Famille de 4 sinistrée cherche un hébergement", placeName: "Dax", lat: expect.any(Number), lon: expect.any(Number), status: "OPEN" }]);
    expect(JSON.stringify(published)).not.toContain("Lafitte");

    const events = await db().activationEvent.findMany({ where: { activationId, type: "solidarity:changed" } });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => JSON.stringify(event.payload) === JSON.stringify({ itemIds: [id] }))).toBe(true);
    const audit = await db().auditLog.findMany({ where: { activationId } });
    expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toContain("06 12 34 56 78");
  });

  it("shows on the public map only verified items a coordinator chose, with the title redacted, and only when the public map is on", async () => {
    const { id, version } = await need({ title: "Besoin d'un toit, appeler Mme Lafitte 06 12 34 56 78 ou @lafitte40" });
    await expect(updateSolidarityItem(coordinator, activationId, id, { version, showOnPublicMap: true })).rejects.toThrow(/solidarity_public_needs_verified/);
    await expect(updateSolidarityItem(volunteer, activationId, id, { version, verified: true, showOnPublicMap: true })).rejects.toThrow(/coordinators_only/);
    await updateSolidarityItem(coordinator, activationId, id, { version, verified: true, showOnPublicMap: true });
    expect(await listPublicSolidarity(activationId)).toEqual([]); // public map off
    await db().activation.update({ where: { id: activationId }, data: { publicMapAllowed: true } });
    const [shown] = await listPublicSolidarity(activationId);
    expect(shown.title).not.toMatch(/Lafitte|06 12|@lafitte40/);
    expect(shown).not.toHaveProperty("contact");
    expect(shown).not.toHaveProperty("postId");
    // Un-verifying takes it off the map.
    await updateSolidarityItem(volunteer, activationId, id, { version: 2, verified: false });
    expect(await listPublicSolidarity(activationId)).toEqual([]);
  });

  it("suggests same-type offers within 20 km from the database, nearest first, and a confirmed match pairs both items", async () => {
    const n = await need();
    const near = await offer();
    const sameTown = await offer({ insee: DAX, title: "Gîte à Dax" });
    await offer({ insee: MONT_DE_MARSAN, title: "Studio à Mont-de-Marsan" }); // ~48 km
    await offer({ type: "TRANSPORT", insee: DAX, title: "Voiture" }); // another type

    const board = await getSolidarityBoard(coordinator, activationId);
    expect(board.suggestions.map((s) => [s.needId, s.offerId])).toEqual([
      [n.id, sameTown.id],
      [n.id, near.id],
    ]);

    await expect(confirmMatch(volunteer, activationId, { needId: n.id, offerId: near.id, needVersion: 1, offerVersion: 7 })).rejects.toBeInstanceOf(SolidarityConflictError);
    await confirmMatch(volunteer, activationId, { needId: n.id, offerId: near.id, needVersion: 1, offerVersion: 1 });
    const [a, b] = await Promise.all([db().solidarityItem.findUniqueOrThrow({ where: { id: n.id } }), db().solidarityItem.findUniqueOrThrow({ where: { id: near.id } })]);
    expect(a).toMatchObject({ status: "MATCHED", matchedWithId: near.id, version: 2 });
    expect(b).toMatchObject({ status: "MATCHED", matchedWithId: n.id, version: 2 });
    // A matched need is matched once: the other offer cannot take it any more.
    await expect(confirmMatch(volunteer, activationId, { needId: n.id, offerId: sameTown.id, needVersion: 2, offerVersion: 1 })).rejects.toThrow(/solidarity_match_not_open/);

    const after = await getSolidarityBoard(volunteer, activationId, { status: "MATCHED" });
    expect(after.suggestions).toEqual([]);
    expect(after.pairs).toEqual([{ needId: n.id, offerId: near.id }]);
    expect(after.items.map((i) => i.id).sort()).toEqual([n.id, near.id].sort());
    expect(await db().auditLog.count({ where: { action: "solidarity.match" } })).toBe(2);
  });

  it("turns only a verified item into a relay draft, without its contact, once", async () => {
    const { id } = await need({ description: `Contact : ${CONTACT}` });
    await expect(draftRelayFromItem(coordinator, activationId, id, { kind: "SOLIDARITY" })).rejects.toThrow(/solidarity_relay_needs_verified/);
    expect(await db().relayMessage.count()).toBe(0);
    await updateSolidarityItem(volunteer, activationId, id, { version: 1, verified: true });
    await expect(draftRelayFromItem(volunteer, activationId, id, { kind: "SOLIDARITY" })).rejects.toThrow(/coordinators_only/);

    const first = await draftRelayFromItem(coordinator, activationId, id, { kind: "SOLIDARITY" });
    const again = await draftRelayFromItem(coordinator, activationId, id, { kind: "SOLIDARITY" });
    expect(again).toEqual({ messageId: first.messageId, created: false });
    const message = await db().relayMessage.findUniqueOrThrow({ where: { id: first.messageId } });
    expect(message).toMatchObject({ kind: "SOLIDARITY", status: "DRAFT", solidarityItemId: id });
    expect(message.body).toContain("Dax");
    expect(`${message.title} ${message.body}`).not.toMatch(/Lafitte|06 12 34 56 78/);
    expect(await db().auditLog.count({ where: { action: "relay.create", entityId: first.messageId } })).toBe(1);

    const initiative = await draftRelayFromItem(coordinator, activationId, id, { kind: "INITIATIVE" });
    expect((await db().relayMessage.findUniqueOrThrow({ where: { id: initiative.messageId } })).kind).toBe("INITIATIVE");
  });

  it("prefills from a post with its text redacted, and the same post twice makes one item", async () => {
    const { storedIds } = await ingestBatch({
      activationId,
      sourceId: null,
      payloads: [{ network: "x", externalId: "p1", author: { handle: "@sinistre40" }, text: "Besoin urgent d'un hébergement à Dax, appelez Jean Lafitte au 06 12 34 56 78", postedAt: new Date().toISOString() }],
    });
    const prefill = await prefillFromPost(activationId, storedIds[0]);
    expect(prefill?.title).toContain("hébergement");
    expect(prefill?.title).not.toMatch(/06 12 34 56 78/);
    const input = { side: "NEED", type: "SHELTER", title: prefill!.title, insee: DAX, postId: storedIds[0] };
    const one = await createSolidarityItem(volunteer, activationId, input);
    const two = await createSolidarityItem(volunteer, activationId, input);
    expect(two).toEqual({ ...one, created: false });
    expect(await db().solidarityItem.count()).toBe(1);
    expect(await prefillFromPost(activationId, "123456789")).toBeNull();
  });
});

describe("solidarity from a report", () => {
  it("prefills the report's title and commune and links the item to it", async () => {
    await db().activation.update({ where: { id: activationId }, data: { reportCategories: [{ code: "needs", label: { fr: "Besoins", en: "Needs" } }] } });
    const report = await createReport(volunteer, activationId, { title: "Famille sinistrée à Dax, appeler le 06 12 34 56 78", category: "needs", location: { lat: 43.7103, lon: -1.0537, precision: "commune", placeName: "Dax" } });
    const prefill = await prefillFromReport(activationId, report.id);
    expect(prefill).toMatchObject({ insee: DAX, placeName: "Dax", reportId: report.id, postId: null });
    expect(prefill!.title).not.toContain("06 12 34 56 78");
    const { id } = await createSolidarityItem(volunteer, activationId, { side: "NEED", type: "SHELTER", title: prefill!.title, insee: prefill!.insee, reportId: report.id });
    expect((await db().solidarityItem.findUniqueOrThrow({ where: { id } })).reportId).toBe(report.id);
    await expect(createSolidarityItem(volunteer, activationId, { side: "NEED", type: "SHELTER", title: "Inconnue", reportId: "00000000-0000-4000-8000-000000000000" })).rejects.toThrow(/report_not_found/);
  });
});

describe("solidarity and retention", () => {
  let restoreClock: () => void = () => undefined;
  afterEach(() => restoreClock());

  it("the activation's purge clears contacts and descriptions and redacts titles; data-subject requests find and erase them", async () => {
    const { id } = await need({ title: "Hébergement pour Mme Lafitte", description: "Appeler après 18 h" });
    expect((await findSubjectData(admin, { subject: "Lafitte" })).items.filter((i) => i.kind === "solidarity")).toHaveLength(1);

    const other = await offer({ title: "Offre de M. Dupin" });
    const counts = await eraseSubjectData(admin, { subject: "Dupin" });
    expect(counts).toMatchObject({ solidarity: 1 });
    const erased = await db().solidarityItem.findUniqueOrThrow({ where: { id: other.id } });
    expect(erased.contact).toBeNull();
    expect(erased.title).not.toContain("Dupin");

    await changeActivationStatus(coordinator, activationId, { to: "CLOSED", reason: "Fin de crue" });
    const later = new Date(Date.now() + 31 * 86400_000);
    restoreClock = setClock({ now: () => later });
    const report = await runRetentionPurge({ actorId: admin.id, kind: "manual" });
    expect(report[0].results).toMatchObject({ solidarity: 1 }); // the other item was already erased: nothing left to purge
    const purged = await db().solidarityItem.findUniqueOrThrow({ where: { id } });
    expect(purged).toMatchObject({ contact: null, description: "", side: "NEED", type: "SHELTER", placeName: "Dax" });
    expect(await db().solidarityItem.count({ where: { activationId, contact: { not: null } } })).toBe(0);
  });
});
