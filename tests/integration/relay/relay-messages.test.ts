import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/session-user";
import { db } from "../../../lib/db/client";
import { approveRelayMessage, authorityApproveRelayMessage } from "../../../lib/relay/approve-relay-message";
import { createRebuttal } from "../../../lib/relay/create-rebuttal";
import { createRelayMessage } from "../../../lib/relay/create-relay-message";
import { ensureRelayLibrary } from "../../../lib/relay/library/ensure-relay-library";
import { BUILT_IN_INSTRUCTIONS } from "../../../lib/relay/library/built-in-instructions";
import { listRelayInForce } from "../../../lib/relay/list-relay-in-force";
import { createRelayTemplate } from "../../../lib/relay/create-relay-template";
import { listRelayAccounts } from "../../../lib/relay/list-relay-accounts";
import { listRelayTemplates } from "../../../lib/relay/list-relay-templates";
import { updateRelayAccount } from "../../../lib/relay/update-relay-account";
import { updateRelaySettings } from "../../../lib/relay/update-relay-settings";
import { updateRelayTemplate } from "../../../lib/relay/update-relay-template";
import { publishRelayMessage } from "../../../lib/relay/publish-relay-message";
import { updateRelayMessage } from "../../../lib/relay/update-relay-message";
import { withdrawRelayMessage } from "../../../lib/relay/withdraw-relay-message";
import type { FakeBlueskyPublish } from "../../fakes/bluesky-publish";
import type { FakeMastodonPublish } from "../../fakes/mastodon-publish";
import { createActivation, createOrganization, createUser, resetDatabase } from "../helpers/fixtures";
import { connectRelayAccounts, useRelayFakes } from "./helpers/relay-fakes";

let coordinator: SessionUser;
let volunteer: SessionUser;
let prefect: SessionUser;
let activationId: string;
let mastodon: FakeMastodonPublish;
let bluesky: FakeBlueskyPublish;

const fakes = useRelayFakes();

beforeEach(async () => {
  ({ mastodon, bluesky } = fakes);
  await resetDatabase();
  const org = await createOrganization();
  const prefecture = await createOrganization("PREFECTURE");
  coordinator = await createUser({ role: "COORDINATOR", organizationId: org.id, name: "Coralie" });
  volunteer = await createUser({ role: "VOLUNTEER", organizationId: org.id, name: "Victor" });
  prefect = await createUser({ role: "AUTHORITY", organizationId: prefecture.id, name: "Préfète" });
  activationId = (
    await createActivation({ ownerOrganizationId: org.id, createdById: coordinator.id, requesters: [prefecture.id], members: [{ userId: volunteer.id, role: "VOLUNTEER" }] })
  ).id;
  await connectRelayAccounts(coordinator, activationId, fakes);
});

async function approvedMessage(body = "⚠️ Crue à Dax : ne prenez pas votre voiture. Infos : https://www.vigicrues.gouv.fr/", extra: Record<string, unknown> = {}) {
  const { id } = await createRelayMessage(volunteer, activationId, { title: "Ne prenez pas votre voiture", body, hashtags: "#crue #Dax", ...extra });
  const { version } = await approveRelayMessage(coordinator, activationId, id, { version: 1 });
  return { id, version };
}

describe("relay library", () => {
  it("seeds every built-in once, and keeps a coordinator's edit of one", async () => {
    expect(await ensureRelayLibrary()).toBe(BUILT_IN_INSTRUCTIONS.length);
    const flood = (await listRelayTemplates({ hazard: "flood" })).find((t) => t.key === "flood.no-driving")!;
    await updateRelayTemplate(coordinator, flood.id, { ...flood, title: "Pas de voiture", hashtags: flood.hashtags.join(" ") });
    expect(await ensureRelayLibrary()).toBe(0);
    expect((await db().relayTemplate.findUnique({ where: { id: flood.id } }))?.title).toBe("Pas de voiture");
    await createRelayTemplate(coordinator, { hazard: "flood", title: "Barrage de Dax", body: "Route barrée à {commune}", sourceName: "Préfecture", sourceUrl: "https://www.landes.gouv.fr/" });
    await expect(createRelayTemplate(volunteer, { hazard: "flood", title: "x y z", body: "b", sourceName: "Pr", sourceUrl: "https://a.fr" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const audits = await db().auditLog.findMany({ where: { entity: "RelayTemplate" }, select: { action: true } });
    expect(audits.map((a) => a.action).sort()).toEqual(["relayTemplate.create", "relayTemplate.update"]);
  });
});

describe("relay accounts", () => {
  it("never hands the secret back", async () => {
    const accounts = await listRelayAccounts(activationId);
    expect(accounts.map((a) => a.network)).toEqual(["bluesky", "mastodon"]);
    expect(JSON.stringify(accounts)).not.toContain(mastodon.token);
    const audit = await db().auditLog.findMany({ where: { action: "relayAccount.update" }, select: { before: true, after: true } });
    expect(JSON.stringify(audit)).not.toContain(mastodon.token);
  });
});

describe("relay workflow and publication", () => {
  it("publishes an approved message to Mastodon and Bluesky and tracks both", async () => {
    const { id, version } = await approvedMessage("⚠️ Crue à Saint-Paul-lès-Dax 🌊 : restez à l'étage. Infos : https://www.vigicrues.gouv.fr/ #urgence");
    const first = await publishRelayMessage(coordinator, activationId, id, { version, network: "mastodon" });
    expect(first.url).toBe(`${mastodon.url}/@vigie/${mastodon.statuses[0].id}`);
    expect(mastodon.statuses[0]).toMatchObject({ language: "fr", visibility: "public" });
    expect(mastodon.statuses[0].status).toContain("#crue #Dax");
    const second = await publishRelayMessage(coordinator, activationId, id, { version: first.version, network: "bluesky" });
    expect(second.url).toMatch(/^https:\/\/bsky\.app\/profile\/vigie-relais\.bsky\.social\/post\//);
    const record = bluesky.posts[0].record as { langs: string[]; facets: { features: { $type: string }[] }[] };
    expect(record.langs).toEqual(["fr"]);
    // The fake checked each facet's byte range covers its link or tag: one link, three tags.
    expect(record.facets.map((f) => f.features[0].$type.split("#")[1]).sort()).toEqual(["link", "tag", "tag", "tag"]);
    const message = await db().relayMessage.findUniqueOrThrow({ where: { id }, include: { publications: true } });
    expect(message.status).toBe("PUBLISHED");
    expect(message.publications.map((p) => [p.network, p.publishedById, p.error])).toEqual(expect.arrayContaining([["mastodon", coordinator.id, null], ["bluesky", coordinator.id, null]]));
    const actions = (await db().auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["relay.create", "relay.approve", "relay.publish", "relay.publish"]);
    expect(await listRelayInForce(activationId)).toEqual([expect.objectContaining({ id, title: "Ne prenez pas votre voiture" })]);
    // Once per network: a second click does not post twice.
    await expect(publishRelayMessage(coordinator, activationId, id, { version: second.version, network: "mastodon" })).rejects.toMatchObject({ message: "relay_already_published" });
    expect(mastodon.statuses).toHaveLength(1);
  });

  it("sends the image with its alt text, stripped of EXIF", async () => {
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#3366aa" } })
      .jpeg()
      .withExif({ IFD0: { Make: "VigieCam", Model: "Secret" } })
      .toBuffer();
    const { id } = await createRelayMessage(coordinator, activationId, { title: "Photo officielle", body: "Carte des routes coupées", imageAlt: "Carte des routes coupées autour de Dax" }, { bytes: jpeg, mime: "image/jpeg" });
    const { version } = await approveRelayMessage(coordinator, activationId, id, { version: 1 });
    await publishRelayMessage(coordinator, activationId, id, { version, network: "mastodon" });
    expect(mastodon.media).toEqual([expect.objectContaining({ description: "Carte des routes coupées autour de Dax", mime: "image/jpeg" })]);
    expect(mastodon.statuses[0].mediaIds).toEqual([mastodon.media[0].id]);
    const { relayImageBytes } = await import("../../../lib/relay/relay-image");
    const sent = await relayImageBytes((await db().relayMessage.findUniqueOrThrow({ where: { id } })).imageMediaId!);
    expect((await sharp(sent.bytes).metadata()).exif).toBeUndefined();
  });

  it("refuses to publish an unapproved message, and sends nothing", async () => {
    const { id } = await createRelayMessage(coordinator, activationId, { title: "Brouillon", body: "Pas encore validé" });
    await expect(publishRelayMessage(coordinator, activationId, id, { version: 1, network: "mastodon" })).rejects.toMatchObject({ message: "relay_not_approved" });
    await expect(publishRelayMessage(coordinator, activationId, id, { version: 1, network: "share_kit" })).rejects.toMatchObject({ message: "relay_not_approved" });
    expect(mastodon.statuses).toHaveLength(0);
    expect(await db().relayPublication.count()).toBe(0);
  });

  it("lets only coordinators approve and publish", async () => {
    const { id } = await createRelayMessage(volunteer, activationId, { title: "Consigne", body: "Restez chez vous" });
    await expect(approveRelayMessage(volunteer, activationId, id, { version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { version } = await approveRelayMessage(coordinator, activationId, id, { version: 1 });
    await expect(publishRelayMessage(volunteer, activationId, id, { version, network: "mastodon" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a message over the instance's limit before sending (URLs count 23)", async () => {
    mastodon.setMaxCharacters(60);
    // 40 characters of text + a 70-character URL counted as 23 + tags: fits in 500, not in 60.
    const { id, version } = await approvedMessage(`${"a".repeat(40)} https://www.vigicrues.gouv.fr/${"x".repeat(40)}`);
    await expect(publishRelayMessage(coordinator, activationId, id, { version, network: "mastodon" })).rejects.toMatchObject({ message: "relay_too_long" });
    expect(mastodon.statuses).toHaveLength(0);
    const long = await approvedMessage("é".repeat(301));
    await expect(publishRelayMessage(coordinator, activationId, long.id, { version: long.version, network: "bluesky" })).rejects.toMatchObject({ message: "relay_too_long" });
    expect(bluesky.posts).toHaveLength(0);
    expect(await db().relayPublication.count()).toBe(0);
  });

  it("records a network's refusal without marking the message published", async () => {
    await updateRelayAccount(coordinator, activationId, { network: "mastodon", baseUrl: mastodon.url, secret: "wrong-token" });
    const { id, version } = await approvedMessage();
    await expect(publishRelayMessage(coordinator, activationId, id, { version, network: "mastodon" })).rejects.toMatchObject({ message: "relay_publish_failed" });
    const message = await db().relayMessage.findUniqueOrThrow({ where: { id }, include: { publications: true } });
    expect(message.status).toBe("APPROVED");
    expect(message.publications).toEqual([expect.objectContaining({ network: "mastodon", error: expect.stringContaining("401") })]);
  });

  it("needs the authority's approval as well when the activation asks for it", async () => {
    await updateRelaySettings(coordinator, activationId, { relayNeedsAuthorityApproval: true });
    const { id } = await createRelayMessage(coordinator, activationId, { title: "Consigne", body: "Montez à l'étage" });
    const afterCoordinator = await approveRelayMessage(coordinator, activationId, id, { version: 1 });
    expect(afterCoordinator.status).toBe("DRAFT");
    await expect(publishRelayMessage(coordinator, activationId, id, { version: afterCoordinator.version, network: "mastodon" })).rejects.toMatchObject({ message: "relay_not_approved" });
    await expect(authorityApproveRelayMessage(coordinator, activationId, id, { version: afterCoordinator.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const afterAuthority = await authorityApproveRelayMessage(prefect, activationId, id, { version: afterCoordinator.version });
    expect(afterAuthority.status).toBe("APPROVED");
    await publishRelayMessage(coordinator, activationId, id, { version: afterAuthority.version, network: "mastodon" });
    expect(mastodon.statuses).toHaveLength(1);
    const actions = (await db().auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["relay.create", "relay.approve", "relay.authorityApprove", "relay.publish"]);
  });

  it("moves unpublished messages to the new rule when it is switched on or off", async () => {
    const approved = await approvedMessage();
    await updateRelaySettings(coordinator, activationId, { relayNeedsAuthorityApproval: true });
    // Approved by the coordinator only: back to the drafts, where the authority can approve it.
    const waiting = await db().relayMessage.findUniqueOrThrow({ where: { id: approved.id } });
    expect(waiting.status).toBe("DRAFT");
    await expect(publishRelayMessage(coordinator, activationId, approved.id, { version: waiting.version, network: "mastodon" })).rejects.toMatchObject({ message: "relay_not_approved" });
    const byAuthority = await authorityApproveRelayMessage(prefect, activationId, approved.id, { version: waiting.version });
    expect(byAuthority.status).toBe("APPROVED");

    const { id } = await createRelayMessage(coordinator, activationId, { title: "Consigne", body: "Montez à l'étage" });
    const draft = await approveRelayMessage(coordinator, activationId, id, { version: 1 });
    expect(draft.status).toBe("DRAFT");
    await updateRelaySettings(coordinator, activationId, { relayNeedsAuthorityApproval: false });
    // The coordinator's approval now suffices.
    const released = await db().relayMessage.findUniqueOrThrow({ where: { id } });
    expect(released.status).toBe("APPROVED");
    await publishRelayMessage(coordinator, activationId, id, { version: released.version, network: "mastodon" });
    expect(mastodon.statuses).toHaveLength(1);
  });

  it("refuses a stale version, and editing takes the approval back", async () => {
    const { id, version } = await approvedMessage();
    await expect(updateRelayMessage(coordinator, activationId, id, { version: 1, title: "Autre", body: "Autre" })).rejects.toMatchObject({ message: "relay_changed" });
    const edited = await updateRelayMessage(coordinator, activationId, id, { version, title: "Autre titre", body: "Autre texte" });
    const row = await db().relayMessage.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.approvedAt, row.version]).toEqual(["DRAFT", null, edited.version]);
  });

  it("refuses to approve a message with a variable left unfilled", async () => {
    const { id } = await createRelayMessage(coordinator, activationId, { title: "Consigne", body: "Crue à {commune}" });
    await expect(approveRelayMessage(coordinator, activationId, id, { version: 1 })).rejects.toMatchObject({ message: "relay_variables_unfilled" });
  });

  it("withdrawing deletes the posts from Mastodon and Bluesky and notes it on each publication", async () => {
    const { id, version } = await approvedMessage();
    const first = await publishRelayMessage(coordinator, activationId, id, { version, network: "mastodon" });
    const second = await publishRelayMessage(coordinator, activationId, id, { version: first.version, network: "bluesky" });
    await withdrawRelayMessage(coordinator, activationId, id, { version: second.version });
    expect(mastodon.deleted).toEqual([mastodon.statuses[0].id]);
    expect(bluesky.deleted).toEqual([bluesky.posts[0].uri]);
    const publications = await db().relayPublication.findMany({ where: { messageId: id } });
    expect(publications.map((p) => [p.network, p.removedAt !== null, p.removeError])).toEqual(expect.arrayContaining([["mastodon", true, null], ["bluesky", true, null]]));
    expect(await listRelayInForce(activationId)).toEqual([]);
  });

  it("withdrawing stands when a network refuses the deletion", async () => {
    const { id, version } = await approvedMessage();
    const first = await publishRelayMessage(coordinator, activationId, id, { version, network: "mastodon" });
    await updateRelayAccount(coordinator, activationId, { network: "mastodon", baseUrl: mastodon.url, secret: "revoked-token" });
    await withdrawRelayMessage(coordinator, activationId, id, { version: first.version });
    const message = await db().relayMessage.findUniqueOrThrow({ where: { id }, include: { publications: true } });
    expect(message.status).toBe("WITHDRAWN");
    expect(message.publications[0]).toMatchObject({ removedAt: null, removeError: expect.stringContaining("401") });
  });

  it("withdrawing removes the message from those in force", async () => {
    const { id, version } = await approvedMessage();
    const kit = await publishRelayMessage(coordinator, activationId, id, { version, network: "share_kit" });
    expect(await listRelayInForce(activationId)).toHaveLength(1);
    await withdrawRelayMessage(coordinator, activationId, id, { version: kit.version });
    expect(await listRelayInForce(activationId)).toEqual([]);
    const publication = await db().relayPublication.findFirstOrThrow({ where: { messageId: id } });
    expect(publication.network).toBe("share_kit");
    const events = (await db().activationEvent.findMany({ where: { activationId, type: "relay:changed" } })).length;
    expect(events).toBeGreaterThanOrEqual(4);
  });
});

describe("rumour rebuttals", () => {
  it("drafts a rebuttal quoting the official source, linked to the rumour", async () => {
    const rumour = await db().rumour.create({ data: { activationId, claim: "Le barrage va céder cette nuit" } });
    await expect(createRebuttal(volunteer, activationId, { rumourId: rumour.id, title: "Faux", text: "Cette information est fausse.", quote: "", sourceName: "Préfecture", sourceUrl: "https://www.landes.gouv.fr/" })).rejects.toThrow();
    const { id } = await createRebuttal(volunteer, activationId, {
      rumourId: rumour.id,
      title: "Non, le barrage ne va pas céder",
      text: "Cette rumeur est fausse.",
      quote: "Aucun ouvrage ne présente de risque de rupture",
      sourceName: "Préfecture des Landes",
      sourceUrl: "https://www.landes.gouv.fr/",
    });
    const message = await db().relayMessage.findUniqueOrThrow({ where: { id } });
    expect(message).toMatchObject({ kind: "REBUTTAL", rumourId: rumour.id, link: "https://www.landes.gouv.fr/", status: "DRAFT" });
    expect(message.body).toContain("« Aucun ouvrage ne présente de risque de rupture » — Préfecture des Landes");
  });
});

describe("demo relay", () => {
  it("seeds a published flood instruction and a rumour with a draft rebuttal", async () => {
    await resetDatabase();
    const { seedDemo } = await import("../../../lib/demo/seed-demo");
    await seedDemo();
    const activation = await db().activation.findUniqueOrThrow({ where: { slug: "crue-adour-landes" } });
    expect((await listRelayInForce(activation.id)).map((m) => m.title)).toEqual(["Ne prenez pas votre voiture"]);
    const rebuttal = await db().relayMessage.findFirstOrThrow({ where: { activationId: activation.id, kind: "REBUTTAL" }, include: { rumour: true } });
    expect(rebuttal.status).toBe("DRAFT");
    expect(rebuttal.rumour?.claim).toContain("barrage");
    // Ready to publish anywhere: within Bluesky's 300 graphemes.
    const { blueskyLength, composePostText } = await import("../../../lib/relay/relay-text");
    expect(blueskyLength(composePostText(rebuttal))).toBeLessThanOrEqual(300);
  });
});

describe("messages in force", () => {
  it("redacts personal data from solidarity calls, not from official instructions", async () => {
    const official = await approvedMessage("Canicule info service : 0 800 06 66 66 (appel gratuit).");
    await publishRelayMessage(coordinator, activationId, official.id, { version: official.version, network: "share_kit" });
    // A solidarity call comes from a verified item, never from the free form (its rules would be bypassed).
    await expect(createRelayMessage(coordinator, activationId, { kind: "SOLIDARITY", title: "Hébergement", body: "Hébergement possible" })).rejects.toThrow("relay_kind_not_here");
    const { id } = await createRelayMessage(coordinator, activationId, { kind: "INITIATIVE", title: "Hébergement", body: "Hébergement possible, appeler le 06 12 34 56 78" });
    const { version } = await approveRelayMessage(coordinator, activationId, id, { version: 1 });
    await publishRelayMessage(coordinator, activationId, id, { version, network: "share_kit" });
    const inForce = await listRelayInForce(activationId);
    expect(inForce.find((m) => m.id === official.id)?.body).toContain("0 800 06 66 66");
    expect(inForce.find((m) => m.id === id)?.body).toBe("Hébergement possible, appeler le [téléphone]");
    expect(Object.keys(inForce[0]).sort()).toEqual(["body", "hashtags", "id", "kind", "link", "publishedAt", "title"]);
  });
});
