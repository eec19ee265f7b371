import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/session-user";
import { db } from "../../../lib/db/client";
import { approveRelayMessage } from "../../../lib/relay/approve-relay-message";
import { createRelayMessage } from "../../../lib/relay/create-relay-message";
import { TID_PATTERN } from "../../../lib/relay/networks/bluesky-record-key";
import { publishRelayMessage } from "../../../lib/relay/publish-relay-message";
import { relayImageBytes } from "../../../lib/relay/relay-image";
import { updateRelayMessage } from "../../../lib/relay/update-relay-message";
import { withdrawRelayMessage } from "../../../lib/relay/withdraw-relay-message";
import type { FakeBlueskyPublish } from "../../fakes/bluesky-publish";
import type { FakeMastodonPublish } from "../../fakes/mastodon-publish";
import { createActivation, createOrganization, createUser, resetDatabase } from "../helpers/fixtures";
import { connectRelayAccounts, useRelayFakes } from "./helpers/relay-fakes";

/**
 * Publishing a relay message against races and retries: concurrent clicks, an edit or a
 * withdrawal while the network answers, answers lost after the network posted, Bluesky's
 * 1 MB blob limit and Mastodon's media processing.
 */
let coordinator: SessionUser;
let activationId: string;
let mastodon: FakeMastodonPublish;
let bluesky: FakeBlueskyPublish;

const BODY = "⚠️ Crue à Dax : ne prenez pas votre voiture. Infos : https://www.vigicrues.gouv.fr/";

const fakes = useRelayFakes();

beforeEach(async () => {
  ({ mastodon, bluesky } = fakes);
  await resetDatabase();
  const org = await createOrganization();
  coordinator = await createUser({ role: "COORDINATOR", organizationId: org.id, name: "Coralie" });
  activationId = (await createActivation({ ownerOrganizationId: org.id, createdById: coordinator.id })).id;
  await connectRelayAccounts(coordinator, activationId, fakes);
});

async function approvedMessage(image?: Buffer) {
  const { id } = await createRelayMessage(
    coordinator,
    activationId,
    { title: "Ne prenez pas votre voiture", body: BODY, hashtags: "#crue", ...(image ? { imageAlt: "Route inondée près de Dax" } : {}) },
    image ? { bytes: image, mime: "image/jpeg" } : null,
  );
  const { version } = await approveRelayMessage(coordinator, activationId, id, { version: 1 });
  return { id, version };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!condition()) throw new Error("condition never met");
}

describe("relay publication under races", () => {
  it("two coordinators publishing the same message to the same network post it once", async () => {
    const { id, version } = await approvedMessage();
    mastodon.behave({ statusDelayMs: 300 });
    const results = await Promise.allSettled([
      publishRelayMessage(coordinator, activationId, id, { version, network: "mastodon" }),
      publishRelayMessage(coordinator, activationId, id, { version, network: "mastodon" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(["relay_already_published", "relay_changed"]).toContain((refused.reason as Error).message);
    expect(mastodon.statuses).toHaveLength(1);
    expect(await db().relayPublication.count({ where: { messageId: id, network: "mastodon", error: null } })).toBe(1);
  });

  it("an edit while the network answers is refused, and what goes out is the approved text", async () => {
    const { id, version } = await approvedMessage();
    mastodon.behave({ statusDelayMs: 1000 });
    const publishing = publishRelayMessage(coordinator, activationId, id, { version, network: "mastodon" });
    await until(() => mastodon.statuses.length === 1);
    // The edit does not wait behind the network: it is refused at once, and nothing of it is applied.
    await expect(updateRelayMessage(coordinator, activationId, id, { version, title: "Autre titre", body: "Texte jamais approuvé" })).rejects.toMatchObject({ message: "relay_publishing" });
    const published = await publishing;
    const row = await db().relayMessage.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.body, row.version, row.approvedAt !== null]).toEqual(["PUBLISHED", BODY, published.version, true]);
    expect(mastodon.statuses[0].status).toContain("ne prenez pas votre voiture");
    expect(mastodon.statuses[0].status).not.toContain("jamais approuvé");
  });

  it("a withdrawal while the network answers is refused, and withdrawing again deletes the post", async () => {
    const { id, version } = await approvedMessage();
    mastodon.behave({ statusDelayMs: 1000 });
    const publishing = publishRelayMessage(coordinator, activationId, id, { version, network: "mastodon" });
    await until(() => mastodon.statuses.length === 1);
    await expect(withdrawRelayMessage(coordinator, activationId, id, { version })).rejects.toMatchObject({ message: "relay_publishing" });
    const published = await publishing;
    expect((await db().relayMessage.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
    // The coordinator reloads and withdraws: the post Vigie knows of is deleted from the network.
    mastodon.behave({});
    await withdrawRelayMessage(coordinator, activationId, id, { version: published.version });
    expect(mastodon.deleted).toEqual([mastodon.statuses[0].id]);
  });
});

describe("relay publication retried after a lost answer", () => {
  it("Mastodon: the retry, even after another step bumped the version, returns the same status", async () => {
    const { id, version } = await approvedMessage();
    mastodon.behave({ dropStatusAnswers: 1 });
    await expect(publishRelayMessage(coordinator, activationId, id, { version, network: "mastodon" })).rejects.toMatchObject({ message: "relay_publish_failed" });
    expect(await db().relayPublication.findMany({ where: { messageId: id } })).toEqual([expect.objectContaining({ network: "mastodon", error: expect.stringContaining("unreachable") })]);
    const onBluesky = await publishRelayMessage(coordinator, activationId, id, { version, network: "bluesky" });
    const retry = await publishRelayMessage(coordinator, activationId, id, { version: onBluesky.version, network: "mastodon" });
    expect(mastodon.statuses).toHaveLength(1);
    expect(retry.url).toBe(`${mastodon.url}/@vigie/${mastodon.statuses[0].id}`);
    expect(mastodon.statuses[0].idempotencyKey).toBe(`vigie-relay-${id}-mastodon`);
  });

  it("Bluesky: the retry finds the post the PDS created under the message's record key", async () => {
    const { id, version } = await approvedMessage();
    bluesky.behave({ dropCreateAnswers: 1 });
    await expect(publishRelayMessage(coordinator, activationId, id, { version, network: "bluesky" })).rejects.toMatchObject({ message: "relay_publish_failed" });
    expect(bluesky.posts).toHaveLength(1);
    const rkey = bluesky.posts[0].uri.split("/").pop()!;
    expect(rkey).toMatch(TID_PATTERN);
    const retry = await publishRelayMessage(coordinator, activationId, id, { version, network: "bluesky" });
    expect(bluesky.posts).toHaveLength(1);
    expect(retry.url).toBe(`https://bsky.app/profile/${bluesky.handle}/post/${rkey}`);
    const publications = await db().relayPublication.findMany({ where: { messageId: id }, orderBy: { at: "asc" } });
    expect(publications.map((p) => [p.error === null, p.remoteId])).toEqual([
      [false, null],
      [true, bluesky.posts[0].uri],
    ]);
    expect((await db().relayMessage.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
  });
});

describe("relay publication of images", () => {
  it("shrinks an image over Bluesky's 1,000,000-byte limit, and keeps it full size for Mastodon", async () => {
    const side = 1800;
    const noise = await sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
    const { id, version } = await approvedMessage(noise);
    const mediaId = (await db().relayMessage.findUniqueOrThrow({ where: { id } })).imageMediaId!;
    const full = await relayImageBytes(mediaId);
    expect(full.bytes.length).toBeGreaterThan(1_000_000);
    const onBluesky = await publishRelayMessage(coordinator, activationId, id, { version, network: "bluesky" });
    expect(bluesky.blobs).toHaveLength(1);
    expect(bluesky.blobs[0].bytes).toBeLessThanOrEqual(950_000);
    expect(bluesky.posts).toHaveLength(1);
    await publishRelayMessage(coordinator, activationId, id, { version: onBluesky.version, network: "mastodon" });
    expect(mastodon.media[0].bytes).toBe(full.bytes.length);
  }, 90_000);

  it("Mastodon: waits for media still processing (202, then 206) before posting the status", async () => {
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#3366aa" } }).jpeg().toBuffer();
    const { id, version } = await approvedMessage(jpeg);
    mastodon.behave({ mediaProcessingPolls: 2 });
    await publishRelayMessage(coordinator, activationId, id, { version, network: "mastodon" });
    expect(mastodon.requests.filter((r) => r.startsWith("GET /api/v1/media/"))).toHaveLength(3);
    expect(mastodon.statuses).toHaveLength(1);
    expect(mastodon.statuses[0].mediaIds).toEqual([mastodon.media[0].id]);
  });

  it("Mastodon: gives up after a bounded wait and records why, posting nothing", async () => {
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#3366aa" } }).jpeg().toBuffer();
    const { id, version } = await approvedMessage(jpeg);
    mastodon.behave({ mediaProcessingPolls: 100 });
    await expect(publishRelayMessage(coordinator, activationId, id, { version, network: "mastodon" })).rejects.toMatchObject({ message: "relay_publish_failed" });
    expect(mastodon.statuses).toHaveLength(0);
    const row = await db().relayMessage.findUniqueOrThrow({ where: { id }, include: { publications: true } });
    expect(row.status).toBe("APPROVED");
    expect(row.publications).toEqual([expect.objectContaining({ error: expect.stringContaining("processing") })]);
  });
});
