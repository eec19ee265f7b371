import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { changeActivationStatus } from "../../../lib/activation/change-activation-status";
import type { SessionUser } from "../../../lib/auth/session-user";
import { setClock } from "../../../lib/clock";
import { db } from "../../../lib/db/client";
import { closePgPool } from "../../../lib/db/pg-pool";
import { capturePost } from "../../../lib/ingest/capture-post";
import { ingestBatch } from "../../../lib/ingest/ingest-batch";
import { REDACTED } from "../../../lib/personal-data/redact";
import { runRetentionPurge } from "../../../lib/retention/run-retention-purge";
import { eraseSubjectData, findSubjectData } from "../../../lib/retention/subject-requests";
import { geotaggedPhoto } from "../../helpers/geotagged-photo";
import { createActivation, createOrganization, createUser, resetDatabase } from "../helpers/fixtures";

const DAY = 86400_000;
let now = new Date("2026-12-01T10:00:00Z");
let restore: () => void;
let admin: SessionUser;
let coordinator: SessionUser;
let closingId: string;
let runningId: string;

const post = (id: string, handle: string, text: string) => ({ network: "mastodon", externalId: id, author: { id: `id-${handle}`, handle }, text, postedAt: "2026-12-01T09:00:00Z" });

beforeEach(async () => {
  await resetDatabase();
  now = new Date("2026-12-01T10:00:00Z");
  restore = setClock({ now: () => now });
  const org = await createOrganization();
  admin = await createUser({ role: "ADMIN", organizationId: org.id });
  coordinator = await createUser({ role: "COORDINATOR", organizationId: org.id });
  closingId = (await createActivation({ ownerOrganizationId: org.id, createdById: coordinator.id })).id;
  runningId = (await createActivation({ ownerOrganizationId: org.id, createdById: coordinator.id })).id;
  for (const activationId of [closingId, runningId]) {
    await ingestBatch({ activationId, sourceId: null, payloads: [post(`${activationId}-1`, "@riverain40", "Cave inondée rue Neuve"), post(`${activationId}-2`, "@autre", "Merci @riverain40 pour l'info")] });
  }
  await capturePost(coordinator, closingId, { url: null, text: "Photo de la digue", authorHandle: null, postedAt: null }, [{ bytes: await geotaggedPhoto(), mime: "image/jpeg" }]);
});
afterEach(() => restore());
afterAll(() => closePgPool());

describe("posts and media under retention", () => {
  it("are purged with their activation once retention has passed, and not before", async () => {
    await changeActivationStatus(coordinator, closingId, { to: "CLOSED", reason: "Fin" });
    now = new Date(now.getTime() + 29 * DAY);
    await runRetentionPurge({ actorId: null });
    expect(await db().post.count({ where: { activationId: closingId } })).toBe(3);
    now = new Date(now.getTime() + 2 * DAY);
    const [report] = await runRetentionPurge({ actorId: null });
    expect(report.results).toMatchObject({ posts: 3, media_files: 1 });
    expect(await db().post.count({ where: { activationId: closingId } })).toBe(0);
    expect(await db().mediaFile.count({ where: { activationId: closingId } })).toBe(0);
    expect(await db().post.count({ where: { activationId: runningId } })).toBe(2);
  });

  it("are found and erased by author handle: their posts go, mentions elsewhere are blanked", async () => {
    const found = await findSubjectData(admin, { subject: "@riverain40" });
    expect(found.items.filter((i) => i.kind === "posts")).toHaveLength(4);
    const counts = await eraseSubjectData(admin, { subject: "@riverain40" });
    expect(counts.posts).toBe(4);
    expect(await db().post.count({ where: { authorHandle: "@riverain40" } })).toBe(0);
    const mention = await db().post.findFirstOrThrow({ where: { activationId: runningId, authorHandle: "@autre" } });
    expect(mention.text).toBe(`Merci ${REDACTED} pour l'info`);
  });
});
