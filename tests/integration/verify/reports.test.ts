import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/session-user";
import { db } from "../../../lib/db/client";
import { closePgPool } from "../../../lib/db/pg-pool";
import { ingestBatch } from "../../../lib/ingest/ingest-batch";
import { eraseSubjectData } from "../../../lib/retention/subject-requests";
import { runRetentionPurge } from "../../../lib/retention/run-retention-purge";
import { addEvidence } from "../../../lib/verify/add-evidence";
import { attachPosts } from "../../../lib/verify/attach-posts";
import { getRumour, listRumours } from "../../../lib/verify/get-rumours";
import { createRumour, linkToRumour, setRumourStatus } from "../../../lib/verify/track-rumour";
import { findSimilarReports } from "../../../lib/verify/find-similar-reports";
import { mergeReports } from "../../../lib/verify/merge-reports";
import { getSourceReliability, sourceKey } from "../../../lib/verify/source-reliability";
import { createReport } from "../../../lib/verify/create-report";
import { decideReview } from "../../../lib/verify/decide-review";
import { getReport } from "../../../lib/verify/get-report";
import { requestStatus } from "../../../lib/verify/request-status";
import { ReportConflictError, updateReport } from "../../../lib/verify/update-report";
import { createWatchRoom, resetDatabase } from "../helpers/fixtures";

let alice: SessionUser;
let bruno: SessionUser;
let coordinator: SessionUser;
let admin: SessionUser;
let activationId: string;

beforeEach(async () => {
  await resetDatabase();
  const room = await createWatchRoom({ volunteers: ["Alice", "Bruno"], coordinator: "Coralie", admin: "Admin" });
  ({ coordinator, activationId } = room);
  [alice, bruno] = room.volunteers;
  admin = room.admin!;
  await db().activation.update({ where: { id: activationId }, data: { reportCategories: [{ code: "road_closed", label: { fr: "Route coupée", en: "Road closed" } }, { code: "people_in_danger", label: { fr: "Personnes en danger", en: "People in danger" } }] } });
});
afterAll(() => closePgPool());

async function postIds(n: number): Promise<string[]> {
  const result = await ingestBatch({ activationId, sourceId: null, payloads: Array.from({ length: n }, (_, i) => ({ network: "x", externalId: `t${i}`, author: { handle: "@riverain40" }, text: `La D824 est coupée par la crue à Tartas, photo ${i}`, postedAt: new Date(Date.UTC(2026, 11, 1, 8, i)).toISOString() })) });
  return result.storedIds;
}

describe("reports", () => {
  it("are made from posts (which leave the queue), dated by the earliest post, and refuse an unknown category", async () => {
    const ids = await postIds(2);
    await expect(createReport(alice, activationId, { title: "Route coupée", category: "volcano", postIds: ids })).rejects.toThrow(/category_invalid/);
    const { id } = await createReport(alice, activationId, { title: "D824 coupée à Tartas", category: "road_closed", severity: 3, postIds: ids, location: { lat: 43.83, lon: -0.8, precision: "commune", placeName: "Tartas" } });
    const report = await getReport(activationId, id);
    expect(report).toMatchObject({ title: "D824 coupée à Tartas", status: "NEW", currency: "CURRENT", version: 1, observedAt: new Date(Date.UTC(2026, 11, 1, 8, 0)) });
    expect(report.posts.map((p) => p.id).sort()).toEqual([...ids].sort());
    expect(report.history.map((h) => h.action)).toEqual(["report.create"]);
  });

  it("take more posts with 'attach' (they leave the queue), and refuse posts of another activation", async () => {
    const [first, second] = await postIds(2);
    const { id } = await createReport(alice, activationId, { title: "D824 coupée", category: "road_closed", postIds: [first] });
    expect(await attachPosts(bruno, activationId, id, { postIds: [second] })).toBe(1);
    expect(await attachPosts(bruno, activationId, id, { postIds: [second] })).toBe(0); // the same input twice: once
    expect((await getReport(activationId, id)).posts).toHaveLength(2);
    await expect(attachPosts(bruno, activationId, id, { postIds: ["99999999"] })).rejects.toThrow(/post_not_found/);
  });

  it("refuse the second of two concurrent edits made on the same version, saying what changed and who changed it", async () => {
    const { id } = await createReport(alice, activationId, { title: "D824 coupée", category: "road_closed" });
    const results = await Promise.allSettled([
      updateReport(alice, activationId, id, { version: 1, severity: 4 }),
      updateReport(bruno, activationId, id, { version: 1, title: "D824 coupée à hauteur de Tartas" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ReportConflictError);
    expect((refused.reason as ReportConflictError).current.changed.length).toBeGreaterThan(0);
    const report = await db().report.findUniqueOrThrow({ where: { id } });
    expect(report.version).toBe(2);
    // Nothing of the refused edit was written.
    expect(report.severity === 4 ? report.title : report.severity).toBe(report.severity === 4 ? "D824 coupée" : 2);
    // Starting again from the new version works.
    await expect(updateReport(bruno, activationId, id, { version: 2, currency: "RESOLVED", checklist: { source_identified: true } })).resolves.toEqual({ version: 3 });
    // A point clicked on the map is named after its commune.
    await updateReport(bruno, activationId, id, { version: 3, location: { lat: 43.7103, lon: -1.0537, precision: "point" } });
    expect(await db().report.findUniqueOrThrow({ where: { id } })).toMatchObject({ placeName: "Dax", precision: "point", version: 4 });
  });

  it("follow the two-person rule: the requester cannot be the second; a second volunteer confirms; a coordinator overrides with a reason", async () => {
    const { id } = await createReport(alice, activationId, { title: "Famille sur un toit", category: "people_in_danger" });
    await addEvidence(alice, activationId, id, { kind: "LINK", url: "https://x.com/sdis40/status/1", note: "Le SDIS confirme l'intervention" });
    const { applied, reviewId } = await requestStatus(alice, activationId, id, { status: "CONFIRMED" });
    expect(applied).toBe(false);
    expect((await db().report.findUniqueOrThrow({ where: { id } })).status).toBe("NEW");
    await expect(decideReview(alice, activationId, reviewId!, { decision: "agreed" })).rejects.toThrow(/second_person_required/);
    await expect(decideReview(bruno, activationId, reviewId!, { decision: "overridden", reason: "Je suis sûr" })).rejects.toThrow(/override_needs_coordinator/);
    expect(await decideReview(bruno, activationId, reviewId!, { decision: "agreed" })).toEqual({ status: "CONFIRMED" });
    await expect(decideReview(coordinator, activationId, reviewId!, { decision: "agreed" })).rejects.toThrow(/review_already_decided/);
    const report = await getReport(activationId, id);
    expect(report.status).toBe("CONFIRMED");
    expect(report.reviews[0]).toMatchObject({ requestedBy: { name: "Alice" }, decidedBy: { name: "Bruno" }, decision: "agreed" });
    expect(report.evidence[0]).toMatchObject({ kind: "LINK", author: { name: "Alice" } });
    expect(report.history.map((h) => `${h.action}:${h.actor}`)).toEqual(["report.create:Alice", "report.evidence:Alice", "report.status.requested:Alice", "report.review.agreed:Bruno"]);

    const other = await createReport(coordinator, activationId, { title: "Rumeur de digue rompue", category: "road_closed" });
    const request = await requestStatus(coordinator, activationId, other.id, { status: "FALSE" });
    await expect(decideReview(coordinator, activationId, request.reviewId!, { decision: "overridden", reason: "" })).rejects.toThrow();
    expect(await decideReview(coordinator, activationId, request.reviewId!, { decision: "overridden", reason: "Démenti officiel de la préfecture" })).toEqual({ status: "FALSE" });
  });

  it("propose to merge a report with a similar one (same category, < 1 km, < 2 h) and keep posts, evidence and history when merged", async () => {
    const ids = await postIds(2);
    const at = new Date(Date.UTC(2026, 11, 1, 9));
    const a = await createReport(alice, activationId, { title: "D824 coupée à Tartas", category: "road_closed", postIds: [ids[0]], observedAt: at, location: { lat: 43.83, lon: -0.8 } });
    const b = await createReport(bruno, activationId, { title: "Route inondée sortie de Tartas", category: "road_closed", postIds: [ids[1]], observedAt: new Date(at.getTime() + 3600_000), location: { lat: 43.835, lon: -0.805 } });
    await createReport(bruno, activationId, { title: "Loin", category: "road_closed", observedAt: at, location: { lat: 44.5, lon: -0.8 } });
    await createReport(bruno, activationId, { title: "Autre catégorie", category: "people_in_danger", observedAt: at, location: { lat: 43.83, lon: -0.8 } });
    const similar = await findSimilarReports(activationId, a.id);
    expect(similar.map((r) => r.id)).toEqual([b.id]);
    expect(similar[0].distanceM).toBeLessThan(1000);

    await addEvidence(bruno, activationId, b.id, { kind: "NOTE", note: "Vu par un riverain" });
    await mergeReports(alice, activationId, a.id, { from: b.id });
    const merged = await getReport(activationId, a.id);
    expect(merged.posts.map((p) => p.id).sort()).toEqual([...ids].sort());
    expect(merged.evidence.map((e) => e.note)).toEqual(["Vu par un riverain"]);
    expect(merged.history.map((h) => h.action)).toEqual(expect.arrayContaining(["report.create", "report.evidence", "report.merge", "report.merged_into"]));
    expect((await db().report.findUniqueOrThrow({ where: { id: b.id } })).mergedIntoId).toBe(a.id);
    await expect(mergeReports(alice, activationId, a.id, { from: b.id })).rejects.toThrow(/report_not_found/);
  });

  it("count, for each account, its posts in CONFIRMED and FALSE reports (source reliability)", async () => {
    const ids = await postIds(3);
    const confirmed = await createReport(alice, activationId, { title: "D824 coupée", category: "road_closed", postIds: ids.slice(0, 2) });
    const refuted = await createReport(alice, activationId, { title: "Pont effondré", category: "road_closed", postIds: [ids[2]] });
    const pending = await createReport(alice, activationId, { title: "Autre", category: "road_closed", postIds: [ids[0]] });
    const ask = async (reportId: string, status: string) => {
      const { reviewId } = await requestStatus(alice, activationId, reportId, { status });
      await decideReview(bruno, activationId, reviewId!, { decision: "agreed" });
    };
    await ask(confirmed.id, "CONFIRMED");
    await ask(refuted.id, "FALSE");
    await requestStatus(alice, activationId, pending.id, { status: "CONFIRMED" }); // not agreed yet: does not count
    const records = await getSourceReliability(activationId, [{ network: "x", handle: "@riverain40" }, { network: "x", handle: "@inconnu" }]);
    expect(records.get(sourceKey("x", "@riverain40"))).toEqual({ confirmed: 2, false: 1 });
    expect(records.get(sourceKey("x", "@inconnu"))).toBeUndefined();
  });

  it("track rumours: a FALSE report opens one (its posts become its spread), more posts join, the status changes, all audited", async () => {
    const ids = await postIds(3);
    const report = await createReport(alice, activationId, { title: "La digue de Saubusse a cédé", category: "road_closed", postIds: ids.slice(0, 2) });
    const { id } = await createRumour(alice, activationId, { claim: "La digue de Saubusse a cédé", reportId: report.id });
    await linkToRumour(bruno, activationId, id, { postIds: [ids[2]] });
    await linkToRumour(bruno, activationId, id, { postIds: [ids[2]] }); // twice: once
    await expect(linkToRumour(bruno, activationId, id, {})).rejects.toThrow(/link_empty/);
    await setRumourStatus(coordinator, activationId, id, { status: "DEBUNKED" });
    const rumour = await getRumour(activationId, id);
    expect(rumour).toMatchObject({ status: "DEBUNKED", reports: [{ id: report.id }] });
    expect(rumour.posts).toHaveLength(3);
    expect(rumour.spread.reduce((sum, s) => sum + s.posts, 0)).toBe(3);
    expect((await listRumours(activationId))[0]._count).toEqual({ posts: 3, reports: 1 });
    expect((await getReport(activationId, report.id)).rumours.map((r) => r.id)).toEqual([id]);
    expect(await db().auditLog.count({ where: { entity: "Rumour", entityId: id } })).toBe(4);
  });

  it("name a point given without a place after the commune it falls in, at creation as on edit", async () => {
    const { id } = await createReport(alice, activationId, { title: "Eau dans la rue", category: "people_in_danger", location: { lat: 43.7102, lon: -1.0536, precision: "point" } });
    expect((await getReport(activationId, id)).placeName).toBe("Dax");
  });

  it("are purged with the activation's personal data and erased by name on a data-subject request", async () => {
    const { id } = await createReport(alice, activationId, { title: "Jean Dupuy bloqué chez lui", description: "Appel de Jean Dupuy à 8 h", category: "people_in_danger" });
    await addEvidence(alice, activationId, id, { kind: "NOTE", note: "Rappelé Jean Dupuy, il attend les secours" });
    const rumour = await createRumour(alice, activationId, { claim: "Jean Dupuy aurait pillé une maison" });
    await eraseSubjectData(admin, { subject: "Jean Dupuy" });
    expect((await getRumour(activationId, rumour.id)).claim).not.toContain("Dupuy");
    const report = await getReport(activationId, id);
    expect(`${report.title} ${report.description} ${report.evidence[0].note}`).not.toContain("Dupuy");
    await db().activation.update({ where: { id: activationId }, data: { status: "CLOSED", closedAt: new Date(Date.now() - 400 * 86400_000), retentionDays: 30 } });
    await runRetentionPurge({ actorId: null });
    expect(await db().report.count({ where: { activationId } })).toBe(0);
    expect(await db().evidence.count()).toBe(0);
    expect(await db().rumour.count()).toBe(0);
  });
});
