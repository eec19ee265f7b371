import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/session-user";
import { setClock } from "../../../lib/clock";
import { db } from "../../../lib/db/client";
import { closePgPool } from "../../../lib/db/pg-pool";
import { ingestBatch } from "../../../lib/ingest/ingest-batch";
import { REDACTED } from "../../../lib/personal-data/redact";
import { runRetentionPurge } from "../../../lib/retention/run-retention-purge";
import { eraseSubjectData, findSubjectData } from "../../../lib/retention/subject-requests";
import { createActivation, createOrganization, createUser, resetDatabase } from "../helpers/fixtures";

/**
 * The activation's working notes beyond posts and reports: earlier versions
 * of posts, unreadable payloads, drawings, log entries, situation reports,
 * relay messages and the public text of published reports. Each can name a
 * person, so each must be found, erased and purged like the rest.
 */
const SUBJECT = "Mme Lasserre";
let now = new Date("2026-12-01T10:00:00Z");
let restore: () => void;
let admin: SessionUser;
let activationId: string;
let ids: Record<string, string> = {};

beforeEach(async () => {
  await resetDatabase();
  now = new Date("2026-12-01T10:00:00Z");
  restore = setClock({ now: () => now });
  const org = await createOrganization();
  admin = await createUser({ role: "ADMIN", organizationId: org.id });
  activationId = (await createActivation({ ownerOrganizationId: org.id, createdById: admin.id })).id;

  await ingestBatch({
    activationId,
    sourceId: null,
    payloads: [
      { network: "mastodon", externalId: "p1", author: { id: "a1", handle: "@voisin" }, text: "Cave inondée chez une voisine", postedAt: "2026-12-01T09:00:00Z" },
      { network: "mastodon", externalId: "bad", text: `Mme Lasserre, 06 12 34 56 78, attend sur le toit` }, // no author, no date: a dead letter
    ],
  });
  const post = await db().post.findFirstOrThrow({ where: { activationId } });
  await db().postEdit.create({ data: { postId: post.id, text: `Cave inondée chez ${SUBJECT}, 3 rue Neuve` } });
  const report = await db().report.create({
    data: {
      activationId,
      title: "Cave inondée",
      category: "flooded_homes",
      severity: 2,
      observedAt: now,
      status: "CONFIRMED",
      publicTitle: `Cave inondée chez ${SUBJECT}`,
      publicSummary: "Pompiers prévenus",
      placeName: `Maison de ${SUBJECT}`,
    },
  });
  const feature = await db().mapFeature.create({
    data: { activationId, kind: "EVACUATION_ZONE", geometry: { type: "Point", coordinates: [-1, 43.9] }, label: `Chez ${SUBJECT}`, note: "Personne âgée", minLat: 43.9, minLon: -1, maxLat: 43.9, maxLon: -1 },
  });
  const entry = await db().eventLogEntry.create({ data: { activationId, text: `Appel de ${SUBJECT} relayé au CODIS`, authorName: admin.name } });
  const sitrep = await db().situationReport.create({
    data: { activationId, number: 1, asOf: now, summary: `Situation calme sauf chez ${SUBJECT}`, data: { facts: [{ title: `Évacuation de ${SUBJECT}`, commune: "Dax" }], figures: { confirmed: 1 } } },
  });
  const relay = await db().relayMessage.create({
    data: { activationId, kind: "SOLIDARITY", title: "Appel aux dons", body: `Déposez vos dons chez ${SUBJECT}, place de la mairie` },
  });
  ids = { report: report.id, feature: feature.id, entry: entry.id.toString(), sitrep: sitrep.id, relay: relay.id };
});
afterEach(() => restore());
afterAll(() => closePgPool());

describe("a data-subject request over the working notes", () => {
  it("finds the person in each kind of note, then erases them there and nowhere else", async () => {
    const found = await findSubjectData(admin, { subject: SUBJECT });
    expect(found.items.map((item) => item.kind).sort()).toEqual(
      ["dead_letters", "event_log_entries", "map_features", "post_edits", "relay_messages", "reports", "situation_reports"].sort(),
    );
    // "Mme Lasserr" is not the same person: a whole-word match only.
    expect((await findSubjectData(admin, { subject: "Mme Lasserr" })).items).toEqual([]);

    const counts = await eraseSubjectData(admin, { subject: SUBJECT.toUpperCase() });
    expect(counts).toMatchObject({ dead_letters: 1, event_log_entries: 1, map_features: 1, post_edits: 1, relay_messages: 1, reports: 1, situation_reports: 1 });
    expect((await findSubjectData(admin, { subject: SUBJECT })).items).toEqual([]);

    expect(await db().deadLetter.count()).toBe(0); // an unreadable payload naming them goes whole
    expect((await db().postEdit.findFirstOrThrow()).text).toBe(`Cave inondée chez ${REDACTED}, 3 rue Neuve`);
    const report = await db().report.findUniqueOrThrow({ where: { id: ids.report } });
    expect(report).toMatchObject({ publicTitle: `Cave inondée chez ${REDACTED}`, placeName: `Maison de ${REDACTED}`, publicSummary: "Pompiers prévenus", version: 2 });
    const feature = await db().mapFeature.findUniqueOrThrow({ where: { id: ids.feature } });
    expect(feature).toMatchObject({ label: `Chez ${REDACTED}`, note: "Personne âgée", version: 2 });
    expect((await db().eventLogEntry.findFirstOrThrow()).text).toBe(`Appel de ${REDACTED} relayé au CODIS`);
    const sitrep = await db().situationReport.findUniqueOrThrow({ where: { id: ids.sitrep } });
    expect(sitrep.summary).toBe(`Situation calme sauf chez ${REDACTED}`);
    expect(sitrep.data).toEqual({ facts: [{ title: `Évacuation de ${REDACTED}`, commune: "Dax" }], figures: { confirmed: 1 } });
    const relay = await db().relayMessage.findUniqueOrThrow({ where: { id: ids.relay } });
    expect(relay).toMatchObject({ body: `Déposez vos dons chez ${REDACTED}, place de la mairie`, version: 2 });
  });
});

describe("the retention purge over the working notes", () => {
  it("removes drawings, situation reports and relay messages, and blanks log entries while keeping their time", async () => {
    await db().activation.update({ where: { id: activationId }, data: { status: "CLOSED", closedAt: new Date(now.getTime() - 31 * 86400_000), retentionDays: 30 } });
    const [run] = await runRetentionPurge({ actorId: null });
    expect(run.results).toMatchObject({ map_features: 1, situation_reports: 1, relay_messages: 1, event_log_entries: 1 });
    expect(await db().mapFeature.count()).toBe(0);
    expect(await db().situationReport.count()).toBe(0);
    expect(await db().relayMessage.count()).toBe(0);
    expect(await db().postEdit.count()).toBe(0);
    expect(await db().deadLetter.count()).toBe(0);
    const entry = await db().eventLogEntry.findFirstOrThrow();
    expect(entry).toMatchObject({ text: REDACTED });
    expect(entry.at).toBeInstanceOf(Date);
    expect((await findSubjectData(admin, { subject: SUBJECT })).items).toEqual([]);
  });
});
