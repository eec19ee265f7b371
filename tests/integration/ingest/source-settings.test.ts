import { ZodError } from "zod";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/session-user";
import { db } from "../../../lib/db/client";
import { closePgPool } from "../../../lib/db/pg-pool";
import { createSource } from "../../../lib/ingest/create-source";
import { testSource } from "../../../lib/ingest/test-source";
import { updateSource } from "../../../lib/ingest/update-source";
import { createActivation, createOrganization, createUser, resetDatabase } from "../helpers/fixtures";

/** Sources of every kind, as the sources page creates, edits and tests them (form values as strings). */
let coordinator: SessionUser;
let volunteer: SessionUser;
let activationId: string;

beforeEach(async () => {
  await resetDatabase();
  const org = await createOrganization();
  coordinator = await createUser({ role: "COORDINATOR", organizationId: org.id });
  volunteer = await createUser({ role: "VOLUNTEER", organizationId: org.id });
  // A draft activation: sources are configured, none starts.
  activationId = (await createActivation({ ownerOrganizationId: org.id, createdById: coordinator.id, status: "DRAFT", members: [{ userId: volunteer.id, role: "VOLUNTEER" }] })).id;
});
afterAll(async () => {
  await closePgPool();
});

async function issues(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ZodError);
  return Object.fromEntries((error as ZodError).issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe("adding and editing sources", () => {
  it("stores a Mastodon watch from form values, keeps the token out of the config and the audit, and keeps it on a blank edit", async () => {
    const { id, secret } = await createSource(coordinator, activationId, {
      kind: "MASTODON",
      name: "Mastodon #crue",
      instances: "https://piaille.fr\nhttps://mastodon.social",
      hashtags: "#crue, #Landes",
      token: "s3cret-token",
      stream: "off",
      intervalSeconds: "45",
      applyWatchFilter: "off",
    });
    expect(secret).toBeNull(); // a network token is never returned
    const source = await db().source.findUniqueOrThrow({ where: { id } });
    expect(source.config).toEqual({ instances: ["https://piaille.fr", "https://mastodon.social"], hashtags: ["#crue", "#Landes"], stream: false, intervalSeconds: 45, applyWatchFilter: false });
    expect(source.secret).toBe("s3cret-token");
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: id } });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain("s3cret-token");

    await updateSource(coordinator, activationId, id, { name: "Mastodon crue", instances: "https://piaille.fr", hashtags: "#crue", token: "", stream: "on", intervalSeconds: "30" });
    const edited = await db().source.findUniqueOrThrow({ where: { id } });
    expect(edited).toMatchObject({ name: "Mastodon crue", secret: "s3cret-token", config: { instances: ["https://piaille.fr"], hashtags: ["#crue"], stream: true, intervalSeconds: 30, applyWatchFilter: true } });
    await updateSource(coordinator, activationId, id, { name: "Mastodon crue", instances: "https://piaille.fr", hashtags: "#crue", token: "new-token" });
    expect((await db().source.findUniqueOrThrow({ where: { id } })).secret).toBe("new-token");
  });

  it("stores a Bluesky keyword watch with its app password apart, and refuses one that follows nothing", async () => {
    const { id } = await createSource(coordinator, activationId, { kind: "BLUESKY", name: "Bluesky", jetstream: "on", identifier: "msgu40.bsky.social", appPassword: "abcd-efgh-ijkl-mnop", lookbackHours: "12" });
    const source = await db().source.findUniqueOrThrow({ where: { id } });
    expect(source.secret).toBe("abcd-efgh-ijkl-mnop");
    expect(source.config).toMatchObject({ jetstream: true, identifier: "msgu40.bsky.social", lookbackHours: 12, applyWatchFilter: true, jetstreamUrl: "wss://jetstream2.us-east.bsky.network/subscribe" });
    expect(source.config).not.toHaveProperty("appPassword");
    expect(await issues(createSource(coordinator, activationId, { kind: "BLUESKY", name: "Rien", jetstream: "off", identifier: "" }))).toEqual({ jetstream: "bluesky_nothing_to_follow" });
  });

  it("requires an X bearer token on creation, and keeps it on a blank edit", async () => {
    await expect(createSource(coordinator, activationId, { kind: "X", name: "X crue", bearerToken: "" })).rejects.toThrow("token_required");
    const { id } = await createSource(coordinator, activationId, { kind: "X", name: "X crue", bearerToken: "AAAA-bearer", stream: "on", search: "off", extraQuery: "-is:reply" });
    expect(await db().source.findUniqueOrThrow({ where: { id } })).toMatchObject({ secret: "AAAA-bearer", config: { stream: true, search: false, extraQuery: "-is:reply", baseUrl: "https://api.x.com", compliance: false } });
    await updateSource(coordinator, activationId, id, { name: "X crue", bearerToken: "", extraQuery: "" });
    const edited = await db().source.findUniqueOrThrow({ where: { id } });
    expect(edited.secret).toBe("AAAA-bearer");
    expect(edited.config).not.toHaveProperty("extraQuery");
  });

  it("refuses bad input with field codes and changes nothing", async () => {
    expect(await issues(createSource(coordinator, activationId, { kind: "RSS", name: "Flux", feeds: "javascript:alert(1)" }))).toEqual({ feeds: "url_invalid" });
    expect(await issues(createSource(coordinator, activationId, { kind: "MASTODON", name: "M", instances: "", hashtags: "#a b!" }))).toMatchObject({ name: "name_too_short" });
    expect(await issues(createSource(coordinator, activationId, { kind: "MASTODON", name: "Mastodon", instances: "", hashtags: "#ok" }))).toEqual({ instances: "instance_required" });
    expect(await issues(createSource(coordinator, activationId, { kind: "TELEGRAM", name: "Telegram" }))).toEqual({ kind: "source_kind_unknown" });
    expect(await db().source.count({ where: { activationId } })).toBe(0);
    await expect(createSource(volunteer, activationId, { kind: "RSS", name: "Flux", feeds: "https://example.org/rss" })).rejects.toThrow();
    expect(await db().source.count({ where: { activationId } })).toBe(0);
  });

  it("gives a webhook a signing key once and tests sample payloads without storing them", async () => {
    const { id, secret } = await createSource(coordinator, activationId, { kind: "WEBHOOK", name: "Collecteur", applyWatchFilter: "on" });
    expect(secret).toMatch(/^[\w-]{40,}$/);
    const result = await testSource(volunteer, activationId, id, JSON.stringify([{ network: "x", externalId: "1", text: "La crue monte", postedAt: "2026-12-01T10:00:00Z" }, { network: "x", text: "" }]));
    expect(result).toMatchObject({ kind: "payloads", items: [{ verdict: "accepted" }, { verdict: "rejected" }] });
    expect(await db().post.count({ where: { activationId } })).toBe(0);
  });
});
