import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changeActivationStatus } from "../../../lib/activation/change-activation-status";
import type { SessionUser } from "../../../lib/auth/session-user";
import { setClock } from "../../../lib/clock";
import { db } from "../../../lib/db/client";
import { mutate } from "../../../lib/db/mutate";
import { REDACTED } from "../../../lib/personal-data/redact";
import { runRetentionPurge } from "../../../lib/retention/run-retention-purge";
import { eraseSubjectData, findSubjectData } from "../../../lib/retention/subject-requests";
import { writeHandoverNote } from "../../../lib/team/write-handover-note";
import { createActivation, createOrganization, createUser, resetDatabase } from "../helpers/fixtures";

const DAY = 86400_000;
let now = new Date("2026-12-01T10:00:00Z");
let restoreClock: () => void;
let admin: SessionUser;
let coordinator: SessionUser;
let activationId: string;
let otherActivationId: string;

beforeEach(async () => {
  await resetDatabase();
  now = new Date("2026-12-01T10:00:00Z");
  restoreClock = setClock({ now: () => now });
  const association = await createOrganization("VOLUNTEER_ASSOCIATION");
  admin = await createUser({ role: "ADMIN", organizationId: association.id });
  coordinator = await createUser({ role: "COORDINATOR", organizationId: association.id });
  activationId = (await createActivation({ ownerOrganizationId: association.id, createdById: coordinator.id })).id;
  otherActivationId = (await createActivation({ ownerOrganizationId: association.id, createdById: coordinator.id })).id;
  for (const id of [activationId, otherActivationId]) {
    await writeHandoverNote(coordinator, id, { body: "Appel de Mme Dupont (@jdupont40) : cave inondée rue des Arènes" });
    // An audit snapshot holding personal fields next to anonymous ones, as later issues' reports will.
    await mutate(coordinator, ({ audit }) =>
      audit({ action: "report.create", entity: "Report", entityId: "r1", activationId: id, after: { category: "flooded_homes", severity: 3, authorHandle: "@jdupont40", text: "Ma cave est inondée" } }),
    );
  }
});
afterEach(() => restoreClock());

describe("retention purge", () => {
  it("purges personal data exactly past retention, keeps anonymous fields, and records counts", async () => {
    await changeActivationStatus(coordinator, activationId, { to: "CLOSED", reason: "Fin" });
    now = new Date(now.getTime() + 29 * DAY);
    expect(await runRetentionPurge({ actorId: null })).toEqual([]); // not yet: 30 days
    expect((await db().handoverNote.findFirstOrThrow({ where: { activationId } })).body).toContain("Dupont");

    now = new Date(now.getTime() + 1 * DAY + 1000);
    const report = await runRetentionPurge({ actorId: admin.id, kind: "manual" });
    expect(report).toHaveLength(1);
    expect(report[0]).toMatchObject({ activationId, results: { handover_notes: 1, audit_snapshots: expect.any(Number) } });

    expect((await db().handoverNote.findFirstOrThrow({ where: { activationId } })).body).toBe(REDACTED);
    const snapshot = await db().auditLog.findFirstOrThrow({ where: { activationId, action: "report.create" } });
    expect(snapshot.after).toEqual({ category: "flooded_homes", severity: 3, authorHandle: REDACTED, text: REDACTED });

    // The running activation is untouched.
    expect((await db().handoverNote.findFirstOrThrow({ where: { activationId: otherActivationId } })).body).toContain("Dupont");
    expect((await db().auditLog.findFirstOrThrow({ where: { activationId: otherActivationId, action: "report.create" } })).after).toMatchObject({ authorHandle: "@jdupont40" });

    const purged = await db().activation.findUniqueOrThrow({ where: { id: activationId } });
    expect(purged.purgedAt).not.toBeNull();
    const runs = await db().retentionRun.findMany();
    expect(runs).toEqual([expect.objectContaining({ kind: "manual", activationId, actorId: admin.id })]);
    expect(JSON.stringify(runs[0].results)).not.toContain("Dupont");
    // Run again: nothing more.
    expect(await runRetentionPurge({ actorId: null })).toEqual([]);
  });
});

describe("data-subject requests", () => {
  it("finds, then erases everything held about one handle, across activations", async () => {
    const found = await findSubjectData(admin, { subject: "@jdupont40" });
    expect(found.items.map((i) => i.kind).sort()).toEqual(["audit_snapshots", "audit_snapshots", "handover_notes", "handover_notes"]);

    const counts = await eraseSubjectData(admin, { subject: "@JDupont40" });
    expect(counts).toMatchObject({ audit_snapshots: 2, handover_notes: 2, posts: 0 });
    expect((await findSubjectData(admin, { subject: "@jdupont40" })).items).toEqual([]);
    const note = await db().handoverNote.findFirstOrThrow({ where: { activationId } });
    expect(note.body).toBe(`Appel de Mme Dupont (${REDACTED}) : cave inondée rue des Arènes`);
    // The erasure is recorded without the subject.
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "retention.erase_subject" } });
    expect(JSON.stringify({ ...audit, id: String(audit.id) })).not.toMatch(/jdupont/i);
  });

  it("is for admins only and refuses a too-short subject", async () => {
    await expect(findSubjectData(coordinator, { subject: "@jdupont40" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(eraseSubjectData(admin, { subject: "a" })).rejects.toBeTruthy();
    expect((await db().handoverNote.findFirstOrThrow({ where: { activationId } })).body).toContain("@jdupont40");
  });
});
