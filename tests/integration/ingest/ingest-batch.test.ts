import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../../lib/db/client";
import { onCommittedEvents, type CommittedEvent } from "../../../lib/db/committed-events";
import { closePgPool } from "../../../lib/db/pg-pool";
import { ingestBatch } from "../../../lib/ingest/ingest-batch";
import { onPostsStored, type StoredPosts } from "../../../lib/ingest/post-hooks";
import { compileWatchFilter } from "../../../lib/ingest/watch-filter";
import { createActivation, createOrganization, createUser, resetDatabase } from "../helpers/fixtures";

let activationId: string;
let sourceId: string;
let announced: CommittedEvent[];
let handed: StoredPosts[];
const stops: (() => void)[] = [];

const post = (id: string, extra: Record<string, unknown> = {}) => ({
  network: "mastodon",
  externalId: id,
  url: `https://mastodon.example/@marie/${id}`,
  author: { id: "42", handle: "@marie@mastodon.example", name: "Marie" },
  text: `<p>L'eau monte rue des Arènes à Dax <a href="https://x">#crue</a></p>`,
  html: true,
  lang: "fr",
  postedAt: "2026-12-01T10:00:00Z",
  ...extra,
});

beforeEach(async () => {
  await resetDatabase();
  const org = await createOrganization();
  const user = await createUser({ role: "COORDINATOR", organizationId: org.id });
  activationId = (await createActivation({ ownerOrganizationId: org.id, createdById: user.id })).id;
  sourceId = (await db().source.create({ data: { activationId, kind: "WEBHOOK", name: "test" } })).id;
  announced = [];
  handed = [];
  stops.push(onCommittedEvents((events) => announced.push(...events)), onPostsStored((batch) => void handed.push(batch)));
});
afterEach(() => stops.splice(0).forEach((stop) => stop()));
afterAll(() => closePgPool());

const waitForFlush = () => new Promise((resolve) => setTimeout(resolve, 150));

describe("ingestBatch", () => {
  it("stores sanitised plain text, saves the cursor with the posts, announces once, and hands posts to enrichment", async () => {
    const result = await ingestBatch({ activationId, sourceId, payloads: [post("1"), post("2")], cursor: "c-2" });
    expect(result).toMatchObject({ received: 2, stored: 2, duplicates: 0 });
    const rows = await db().post.findMany({ orderBy: { id: "asc" } });
    expect(rows[0].text).toBe("L'eau monte rue des Arènes à Dax #crue");
    expect(rows[0].raw).toMatchObject({ externalId: "1" });
    expect((await db().source.findUniqueOrThrow({ where: { id: sourceId } })).cursor).toBe("c-2");
    await waitForFlush();
    const feed = announced.filter((e) => e.type === "feed:posts");
    expect(feed).toHaveLength(1); // two posts, one batched announcement
    expect((feed[0].payload as { posts: unknown[] }).posts).toHaveLength(2);
    expect(handed).toEqual([{ activationId, postIds: rows.map((r) => r.id) }]);
  });

  it("stores a post arriving twice (same batch, replayed batch, another source) once, and announces it once", async () => {
    await ingestBatch({ activationId, sourceId, payloads: [post("7"), post("7")] });
    const other = (await db().source.create({ data: { activationId, kind: "REPLAY", name: "other" } })).id;
    const again = await ingestBatch({ activationId, sourceId: other, payloads: [post("7")] });
    expect(again).toMatchObject({ stored: 0, duplicates: 1 });
    expect(await db().post.count()).toBe(1);
    await waitForFlush();
    const announcedPosts = announced.filter((e) => e.type === "feed:posts").flatMap((e) => (e.payload as { posts: unknown[] }).posts);
    expect(announcedPosts).toHaveLength(1);
  });

  it("dead-letters a malformed payload with its reason and stores its valid neighbours", async () => {
    const result = await ingestBatch({ activationId, sourceId, payloads: [post("a"), { network: "mastodon", text: "no id, no date" }, "garbage", post("b")] });
    expect(result.stored).toBe(2);
    expect(result.deadLettered.map((d) => d.index)).toEqual([1, 2]);
    const letters = await db().deadLetter.findMany({ orderBy: { id: "asc" } });
    expect(letters).toHaveLength(2);
    expect(letters[0].reason).toMatch(/externalId/);
    expect(letters[1].payload).toBe("garbage");
  });

  it("leaves a tombstone on deletion, even when the deletion comes first, and keeps edit history", async () => {
    await ingestBatch({ activationId, sourceId, payloads: [post("d1"), post("e1")] });
    const result = await ingestBatch({
      activationId,
      sourceId,
      payloads: [{ kind: "delete", network: "mastodon", externalId: "d1" }, { kind: "edit", network: "mastodon", externalId: "e1", text: "Correction : l'eau monte rue Neuve" }, { kind: "delete", network: "mastodon", externalId: "future" }],
    });
    expect(result).toMatchObject({ deleted: 1, edited: 1 });
    const deleted = await db().post.findFirstOrThrow({ where: { externalId: "d1" } });
    expect(deleted).toMatchObject({ text: "", authorHandle: null, raw: null });
    expect(deleted.deletedAt).not.toBeNull();
    const edited = await db().post.findFirstOrThrow({ where: { externalId: "e1" }, include: { edits: true } });
    expect(edited.text).toBe("Correction : l'eau monte rue Neuve");
    expect(edited.edits.map((e) => e.text)).toEqual(["L'eau monte rue des Arènes à Dax #crue"]);
    // The late post after its deletion is not resurrected.
    expect((await ingestBatch({ activationId, sourceId, payloads: [post("future")] })).stored).toBe(0);
    expect((await db().post.findFirstOrThrow({ where: { externalId: "future" } })).text).toBe("");
  });

  it("filters by keywords, exclusions, languages and area", async () => {
    const filter = compileWatchFilter({
      keywords: ["crue", "inondation"],
      hashtags: ["#Adour"],
      exclusions: ["crue de rire"],
      languages: ["fr", "en"],
      bbox: [-1.6, 43.4, 0.2, 44.6],
      area: { type: "Polygon", coordinates: [[[-1.6, 43.4], [0.2, 43.4], [0.2, 44.6], [-1.6, 44.6], [-1.6, 43.4]]] },
    });
    const result = await ingestBatch({
      activationId,
      sourceId,
      filter,
      payloads: [
        post("k1", { text: "La CRUE monte à Tartas", html: false }),
        post("k2", { text: "Belle journée à la plage", html: false }),
        post("k3", { text: "une crue de rire ce spectacle", html: false }),
        post("k4", { text: "inondación en Dax", lang: "es", html: false }),
        post("k5", { text: "Inondation à Lyon", geo: { lat: 45.76, lon: 4.83 }, html: false }),
        post("k6", { text: "Inondation à Dax", geo: { lat: 43.71, lon: -1.05 }, html: false }),
        post("k7", { text: "Vu depuis le pont #adour", html: false }),
        post("k8", { text: "recrue du club", html: false }),
      ],
    });
    expect(result).toMatchObject({ stored: 3, filtered: 5 });
    expect((await db().post.findMany({ orderBy: { id: "asc" } })).map((p) => p.externalId)).toEqual(["k1", "k6", "k7"]);
  });
});

describe("dead letters", () => {
  it("can be corrected and retried (then resolved), or dismissed", async () => {
    const { retryDeadLetter } = await import("../../../lib/ingest/retry-dead-letter");
    const { dismissDeadLetter } = await import("../../../lib/ingest/dismiss-dead-letter");
    const { listDeadLetters } = await import("../../../lib/ingest/list-dead-letters");
    const org = await db().organization.findFirstOrThrow();
    const coordinator = await db().user.findFirstOrThrow({ where: { organizationId: org.id } });
    const actor = { ...coordinator, organizationId: org.id };
    await ingestBatch({ activationId, sourceId, payloads: [{ network: "x", externalId: "late", text: "Pas de date" }, "junk"] });
    const [junk, noDate] = await listDeadLetters(activationId);
    expect(noDate.reason).toMatch(/postedAt/);

    const stillBad = await retryDeadLetter(actor, activationId, noDate.id, noDate.payload);
    expect(stillBad.ok).toBe(false);
    const fixed = JSON.stringify({ ...JSON.parse(noDate.payload), postedAt: "2026-12-01T10:00:00Z" });
    expect(await retryDeadLetter(actor, activationId, noDate.id, fixed)).toEqual({ ok: true });
    expect(await db().post.count({ where: { externalId: "late" } })).toBe(1);

    await dismissDeadLetter(actor, activationId, junk.id);
    expect(await listDeadLetters(activationId)).toEqual([]);
  });
});
