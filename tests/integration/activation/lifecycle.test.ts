import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { changeActivationStatus } from "../../../lib/activation/change-activation-status";
import { createActivation } from "../../../lib/activation/create-activation";
import { onActivationStatusChange, type StatusChange } from "../../../lib/activation/lifecycle-hooks";
import { updateWatchSettings } from "../../../lib/activation/update-watch-settings";
import type { SessionUser } from "../../../lib/auth/session-user";
import { db } from "../../../lib/db/client";
import { onCommittedEvents, type CommittedEvent } from "../../../lib/db/mutate";
import { addActivationMember } from "../../../lib/team/add-activation-member";
import { planShift } from "../../../lib/team/plan-shift";
import { createOrganization, createUser, resetDatabase } from "../helpers/fixtures";

let coordinator: SessionUser;
let volunteer: SessionUser;
let prefectureId: string;
let events: CommittedEvent[];
let hooks: StatusChange[];
const cleanups: (() => void)[] = [];

const baseInput = () => ({
  hazard: "flood",
  name: "Crue de la Garonne — Gironde",
  requesterOrganizationIds: [prefectureId],
  area: { mode: "departements", codes: ["33"] },
  keywords: ["crue", "inondation"],
  hashtags: ["#crue33"],
  exclusions: [],
  languages: ["fr"],
  expectedDurationHours: 48,
  publicMapAllowed: false,
  retentionDays: 30,
  authorityGraceDays: 7,
});

beforeEach(async () => {
  await resetDatabase();
  const association = await createOrganization("VOLUNTEER_ASSOCIATION");
  prefectureId = (await createOrganization("PREFECTURE")).id;
  coordinator = await createUser({ role: "COORDINATOR", organizationId: association.id, name: "Camille" });
  volunteer = await createUser({ role: "VOLUNTEER", organizationId: association.id, name: "Lucas" });
  events = [];
  hooks = [];
  cleanups.push(onCommittedEvents((batch) => events.push(...batch)), onActivationStatusChange((change) => void hooks.push(change)));
});
afterEach(() => cleanups.splice(0).forEach((stop) => stop()));

describe("creating an activation", () => {
  it("derives slug, bounding box, time zone and categories, as a draft run by its creator", async () => {
    const { id, slug } = await createActivation(coordinator, baseInput());
    expect(slug).toBe("crue-de-la-garonne-gironde");
    const row = await db().activation.findUniqueOrThrow({ where: { id }, include: { members: true, authorities: true } });
    expect(row).toMatchObject({ status: "DRAFT", departements: ["33"], timeZone: "Europe/Paris", hazard: "flood" });
    expect(row.bboxWest).toBeGreaterThan(-1.4);
    expect(row.bboxEast).toBeLessThan(0.4);
    expect((row.reportCategories as { code: string }[]).at(-1)?.code).toBe("other");
    expect(row.members).toEqual([expect.objectContaining({ userId: coordinator.id, role: "COORDINATOR" })]);
    expect(row.authorities).toEqual([expect.objectContaining({ organizationId: prefectureId, access: "REQUESTER" })]);
    expect((await createActivation(coordinator, baseInput())).slug).toBe("crue-de-la-garonne-gironde-2");
  });

  it("takes an overseas département's time zone", async () => {
    const { id } = await createActivation(coordinator, { ...baseInput(), hazard: "cyclone", name: "Cyclone Belal — La Réunion", area: { mode: "departements", codes: ["974"] } });
    expect((await db().activation.findUniqueOrThrow({ where: { id } })).timeZone).toBe("Indian/Reunion");
  });

  it("refuses an area outside France, an unknown département and a volunteer, changing nothing", async () => {
    const atlantic = [[-30, 45], [-29, 45], [-29, 46], [-30, 46]];
    await expect(createActivation(coordinator, { ...baseInput(), area: { mode: "polygon", ring: atlantic } })).rejects.toMatchObject({ message: "area_outside_france" });
    await expect(createActivation(coordinator, { ...baseInput(), area: { mode: "departements", codes: ["99"] } })).rejects.toBeTruthy();
    await expect(createActivation(volunteer, baseInput())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createActivation(coordinator, { ...baseInput(), name: "" })).rejects.toBeInstanceOf(ZodError);
    expect(await db().activation.count()).toBe(0);
  });

  it("accepts a drawn polygon over the Landes", async () => {
    const ring = [[-0.6, 43.8], [-0.4, 43.8], [-0.4, 44.0], [-0.6, 44.0]];
    const { id } = await createActivation(coordinator, { ...baseInput(), area: { mode: "polygon", ring } });
    const row = await db().activation.findUniqueOrThrow({ where: { id } });
    expect(row.departements).toEqual([]);
    expect([row.bboxWest, row.bboxSouth, row.bboxEast, row.bboxNorth]).toEqual([-0.6, 43.8, -0.4, 44]);
  });
});

describe("lifecycle", () => {
  it("walks DRAFT → ACTIVE ⇄ PAUSED → CLOSED → ARCHIVED, recording who, when, why, broadcasting and calling hooks", async () => {
    const { id } = await createActivation(coordinator, baseInput());
    await changeActivationStatus(coordinator, id, { to: "ACTIVE" });
    await changeActivationStatus(coordinator, id, { to: "PAUSED", reason: "Accalmie" });
    await changeActivationStatus(coordinator, id, { to: "ACTIVE" });
    await changeActivationStatus(coordinator, id, { to: "CLOSED", reason: "Fin de vigilance" });
    await changeActivationStatus(coordinator, id, { to: "ARCHIVED" });
    const changes = await db().activationStatusChange.findMany({ where: { activationId: id }, orderBy: { id: "asc" } });
    expect(changes.map((c) => [c.fromStatus, c.toStatus, c.actorId, c.reason])).toEqual([
      ["DRAFT", "ACTIVE", coordinator.id, null],
      ["ACTIVE", "PAUSED", coordinator.id, "Accalmie"],
      ["PAUSED", "ACTIVE", coordinator.id, null],
      ["ACTIVE", "CLOSED", coordinator.id, "Fin de vigilance"],
      ["CLOSED", "ARCHIVED", coordinator.id, null],
    ]);
    const row = await db().activation.findUniqueOrThrow({ where: { id } });
    expect(row.activatedAt).not.toBeNull();
    expect(row.authorityAccessUntil!.getTime() - row.closedAt!.getTime()).toBe(7 * 86400_000);
    expect(hooks.map((h) => h.to)).toEqual(["ACTIVE", "PAUSED", "ACTIVE", "CLOSED", "ARCHIVED"]);
    const statusEvents = events.filter((e) => e.scope === "activation" && e.type === "activation:status");
    expect(statusEvents).toHaveLength(5);
    expect(events.some((e) => e.scope === "user" && e.type === "activations:changed")).toBe(true);
  });

  it("refuses closing twice, activating without keywords, a reasonless close and a volunteer, changing nothing", async () => {
    const { id } = await createActivation(coordinator, { ...baseInput(), keywords: [], hashtags: [] });
    await expect(changeActivationStatus(coordinator, id, { to: "ACTIVE" })).rejects.toMatchObject({ message: "keywords_required" });
    await addActivationMember(coordinator, id, { userId: volunteer.id, role: "VOLUNTEER" });
    await expect(changeActivationStatus(volunteer, id, { to: "CLOSED", reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(changeActivationStatus(coordinator, id, { to: "CLOSED" })).rejects.toMatchObject({ message: "reason_required" });
    await changeActivationStatus(coordinator, id, { to: "CLOSED", reason: "Demande retirée" });
    await expect(changeActivationStatus(coordinator, id, { to: "CLOSED", reason: "encore" })).rejects.toMatchObject({ message: "already_closed" });
    await expect(changeActivationStatus(coordinator, id, { to: "ACTIVE" })).rejects.toMatchObject({ message: "already_closed" });
    expect(await db().activationStatusChange.count({ where: { activationId: id } })).toBe(1);
  });

  it("lets only one of two simultaneous closings win", async () => {
    const { id } = await createActivation(coordinator, baseInput());
    await changeActivationStatus(coordinator, id, { to: "ACTIVE" });
    const outcomes = await Promise.allSettled([
      changeActivationStatus(coordinator, id, { to: "CLOSED", reason: "a" }),
      changeActivationStatus(coordinator, id, { to: "CLOSED", reason: "b" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(await db().activationStatusChange.count({ where: { activationId: id, toStatus: "CLOSED" } })).toBe(1);
  });

  it("refuses emptying the keywords of an active watch", async () => {
    const { id } = await createActivation(coordinator, baseInput());
    await changeActivationStatus(coordinator, id, { to: "ACTIVE" });
    const settings = { keywords: [], hashtags: [], exclusions: [], languages: ["fr"], expectedDurationHours: null, publicMapAllowed: true, retentionDays: 30, authorityGraceDays: 7 };
    await expect(updateWatchSettings(coordinator, id, settings)).rejects.toMatchObject({ message: "keywords_required" });
    expect((await db().activation.findUniqueOrThrow({ where: { id } })).keywords).toEqual(["crue", "inondation"]);
  });
});

describe("team and shifts", () => {
  it("refuses overlapping shifts for the same person, even across activations", async () => {
    const first = await createActivation(coordinator, baseInput());
    const second = await createActivation(coordinator, { ...baseInput(), name: "Autre veille" });
    for (const activationId of [first.id, second.id]) await addActivationMember(coordinator, activationId, { userId: volunteer.id, role: "VOLUNTEER" });
    await planShift(coordinator, first.id, { userId: volunteer.id, startsAt: "2026-12-01T08:00:00Z", endsAt: "2026-12-01T12:00:00Z" });
    await expect(planShift(coordinator, first.id, { userId: volunteer.id, startsAt: "2026-12-01T11:00:00Z", endsAt: "2026-12-01T15:00:00Z" })).rejects.toMatchObject({ message: "shift_overlap" });
    await expect(planShift(coordinator, second.id, { userId: volunteer.id, startsAt: "2026-12-01T09:00:00Z", endsAt: "2026-12-01T10:00:00Z" })).rejects.toMatchObject({ message: "shift_overlap" });
    // Back to back is fine.
    await planShift(coordinator, second.id, { userId: volunteer.id, startsAt: "2026-12-01T12:00:00Z", endsAt: "2026-12-01T16:00:00Z" });
    await expect(planShift(coordinator, first.id, { userId: volunteer.id, startsAt: "2026-12-01T18:00:00Z", endsAt: "2026-12-01T17:00:00Z" })).rejects.toBeInstanceOf(ZodError);
    expect(await db().shift.count()).toBe(2);
  });

  it("keeps a volunteer from planning shifts or adding members", async () => {
    const { id } = await createActivation(coordinator, baseInput());
    await addActivationMember(coordinator, id, { userId: volunteer.id, role: "VOLUNTEER" });
    await expect(planShift(volunteer, id, { userId: volunteer.id, startsAt: "2026-12-01T08:00:00Z", endsAt: "2026-12-01T12:00:00Z" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addActivationMember(volunteer, id, { userId: volunteer.id, role: "COORDINATOR" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().shift.count()).toBe(0);
  });
});
