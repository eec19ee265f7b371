import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/session-user";
import { db } from "../../../lib/db/client";
import { closePgPool, pgPool } from "../../../lib/db/pg-pool";
import { enrichmentIdle, startEnrichment } from "../../../lib/enrich/enrichment-service";
import { ingestBatch } from "../../../lib/ingest/ingest-batch";
import { resolvePlaces } from "../../../lib/places/resolve-places";
import { listQueue } from "../../../lib/triage/list-queue";
import { releaseClaim } from "../../../lib/triage/release-claim";
import { renewClaim } from "../../../lib/triage/renew-claim";
import { setTriageState } from "../../../lib/triage/set-triage-state";
import { takeNextPost } from "../../../lib/triage/take-next-post";
import { createActivation, createOrganization, createUser, resetDatabase } from "../helpers/fixtures";

/** "Take next" under contention, with a pool of 60 connections; claims are counted from the database rows. */
let volunteers: SessionUser[];
let coordinator: SessionUser;
let authority: SessionUser;
let activationId: string;
let stopEnrichment: () => void;

beforeAll(async () => {
  await closePgPool();
  process.env.VIGIE_PG_POOL_MAX = "60";
  stopEnrichment = startEnrichment();
});
afterAll(async () => {
  stopEnrichment();
  delete process.env.VIGIE_PG_POOL_MAX;
  await closePgPool();
});

beforeEach(async () => {
  await resetDatabase();
  const org = await createOrganization();
  const prefecture = await createOrganization("PREFECTURE");
  coordinator = await createUser({ role: "COORDINATOR", organizationId: org.id });
  authority = await createUser({ role: "AUTHORITY", organizationId: prefecture.id });
  volunteers = await Promise.all(Array.from({ length: 50 }, (_, i) => createUser({ role: "VOLUNTEER", organizationId: org.id, name: `Bénévole ${i}` })));
  activationId = (
    await createActivation({
      ownerOrganizationId: org.id,
      createdById: coordinator.id,
      members: [{ userId: coordinator.id, role: "COORDINATOR" }, ...volunteers.map((v) => ({ userId: v.id, role: "VOLUNTEER" as const }))],
      granted: [prefecture.id],
    })
  ).id;
});

async function seedPosts(count: number, text = (i: number) => `Route coupée par la crue à Dax, secteur ${i}, l'eau monte`) {
  await ingestBatch({ activationId, sourceId: null, payloads: Array.from({ length: count }, (_, i) => ({ network: "telegram", externalId: `p${i}`, text: text(i), lang: "fr", postedAt: new Date(Date.now() - i * 1000).toISOString() })) });
  await enrichmentIdle();
}

const liveClaims = () => db().postClaim.findMany({ where: { activationId, expiresAt: { gt: new Date() } } });

describe("take next", () => {
  it("gives 50 volunteers clicking at the same instant 50 different posts", async () => {
    await seedPosts(80);
    expect(await db().postEnrichment.count({ where: { activationId, category: { not: "NOT_RELEVANT" } } })).toBe(80);
    const answers = await Promise.all(volunteers.map((v) => takeNextPost(v, activationId)));
    const claims = await liveClaims();
    expect(claims).toHaveLength(50);
    expect(new Set(claims.map((c) => c.postId.toString())).size).toBe(50);
    expect(new Set(claims.map((c) => c.userId)).size).toBe(50);
    expect(new Set(answers.map((a) => a?.postId)).size).toBe(50);
  });

  it("never gives one post twice when there are fewer posts than volunteers; the rest get nothing", async () => {
    await seedPosts(20);
    const answers = await Promise.all(volunteers.map((v) => takeNextPost(v, activationId)));
    expect(answers.filter(Boolean)).toHaveLength(20);
    const claims = await liveClaims();
    expect(claims).toHaveLength(20);
    expect(new Set(claims.map((c) => c.postId.toString())).size).toBe(20);
  });

  it("frees a post when its lease expires, keeps it while renewed, and lets a volunteer hold one post at a time", async () => {
    await seedPosts(3);
    const [alice, bruno] = volunteers;
    const first = (await takeNextPost(alice, activationId))!;
    const renewed = await renewClaim(alice, activationId, first.postId);
    expect(renewed.getTime()).toBeGreaterThanOrEqual(first.expiresAt.getTime());
    // Alice moves on: her first post goes back to the queue, she holds only the new one.
    const second = (await takeNextPost(alice, activationId))!;
    expect(second.postId).not.toBe(first.postId);
    expect((await liveClaims()).map((c) => c.postId.toString())).toEqual([second.postId]);
    // Her lease expires (she closed the tab): Bruno is given that post.
    await pgPool().query(`UPDATE "PostClaim" SET "expiresAt" = now() - interval '1 second' WHERE "postId" = $1`, [second.postId]);
    await expect(renewClaim(alice, activationId, second.postId).then(() => takeNextPost(bruno, activationId))).resolves.toBeTruthy();
    const holders = await db().postClaim.findMany({ where: { activationId } });
    expect(holders.filter((h) => h.expiresAt > new Date()).length).toBeGreaterThan(0);
  });

  it("takes discarded and handled posts out of the queue, teaches 'not relevant', and a coordinator can release anyone's claim", async () => {
    await seedPosts(4);
    const [alice] = volunteers;
    const claim = (await takeNextPost(alice, activationId))!;
    const { items, open } = await listQueue(activationId);
    expect(open).toBe(4);
    expect(items.find((i) => i.postId === claim.postId)?.claimedBy?.userId).toBe(alice.id);
    expect(await releaseClaim(coordinator, activationId, claim.postId)).toBe(true);
    expect(await liveClaims()).toHaveLength(0);

    await setTriageState(alice, activationId, { postIds: [items[0].postId, items[1].postId], state: "DISCARDED" });
    await setTriageState(alice, activationId, { postIds: [items[2].postId], state: "HANDLED" });
    expect((await listQueue(activationId)).open).toBe(1);
    expect(await db().postLabel.count({ where: { activationId, relevant: false } })).toBe(2);
    const last = await takeNextPost(alice, activationId);
    expect(last?.postId).toBe(items[3].postId);
    expect(await takeNextPost(alice, activationId)).toBeNull(); // only her own, just let go: nothing else
  });

  it("gives a story once (its oldest open post), and handling it handles its copies", async () => {
    const original = "La digue a cédé à Saubusse, l'eau arrive vers le centre-bourg, évacuation en cours par les pompiers";
    await ingestBatch({
      activationId,
      sourceId: null,
      payloads: [original, `RT @infos40: ${original}`, `${original} 😱 #crue`, "Route coupée par la crue entre Tartas et Mugron, déviation par la D924"].map((text, i) => ({ network: "x", externalId: `s${i}`, text, lang: "fr", postedAt: new Date(Date.now() - (10 - i) * 1000).toISOString() })),
    });
    await enrichmentIdle();
    const { items, open } = await listQueue(activationId);
    expect(open).toBe(2);
    expect(items.map((i) => i.copies).sort()).toEqual([0, 2]);
    // The place filter: only the post naming Tartas.
    const tartas = resolvePlaces("à Tartas", { departements: ["40"] })[0].insee!;
    const inTartas = await listQueue(activationId, { insee: tartas });
    expect(inTartas.items.map((i) => i.text)).toEqual([expect.stringContaining("Tartas")]);
    expect((await takeNextPost(volunteers[3], activationId, { insee: tartas }))?.postId).toBe(inTartas.items[0].postId);
    await releaseClaim(volunteers[3], activationId, inTartas.items[0].postId);
    // A story of three copies outranks a lone post of the same urgency and relevance.
    expect(items[0].copies).toBe(2);
    const [alice, bruno, carla] = volunteers;
    const taken = await Promise.all([takeNextPost(alice, activationId), takeNextPost(bruno, activationId), takeNextPost(carla, activationId)]);
    expect(taken.filter(Boolean)).toHaveLength(2);
    const story = items.find((i) => i.copies === 2)!;
    const holder = [alice, bruno].find((_, index) => taken[index]?.postId === story.postId) ?? carla;
    await setTriageState(holder, activationId, { postIds: [story.postId], state: "HANDLED" });
    expect(await db().postEnrichment.count({ where: { activationId, triage: "HANDLED" } })).toBe(3);
  });

  it("refuses readers without the triage right", async () => {
    await seedPosts(1);
    await expect(takeNextPost(authority, activationId)).rejects.toThrow(/triage/);
    expect(await liveClaims()).toHaveLength(0);
  });
});
