import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authenticateUser } from "../../../lib/auth/authenticate-user";
import { loadSessionUser } from "../../../lib/auth/session-user";
import { setClock } from "../../../lib/clock";
import { db } from "../../../lib/db/client";
import { createOrganization, createUser, resetDatabase, TEST_PASSWORD } from "../helpers/fixtures";

let now = new Date("2026-11-27T08:00:00Z");
let restoreClock: () => void;

beforeEach(async () => {
  await resetDatabase();
  now = new Date("2026-11-27T08:00:00Z");
  restoreClock = setClock({ now: () => now });
});
afterEach(() => restoreClock());

const advance = (ms: number) => (now = new Date(now.getTime() + ms));

describe("authenticateUser", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const org = await createOrganization();
    const user = await createUser({ role: "VOLUNTEER", organizationId: org.id, email: "marie@example.org" });
    const session = await authenticateUser({ email: " Marie@Example.org", password: TEST_PASSWORD, ip: "10.0.0.1" });
    expect(session).toMatchObject({ id: user.id, role: "VOLUNTEER", organizationId: org.id, sessionVersion: 1 });
  });

  it("refuses a wrong password, an unknown account and a deactivated account the same way", async () => {
    const org = await createOrganization();
    await createUser({ role: "VOLUNTEER", organizationId: org.id, email: "a@example.org" });
    await createUser({ role: "VOLUNTEER", organizationId: org.id, email: "off@example.org", active: false });
    for (const attempt of [
      { email: "a@example.org", password: "wrong password" },
      { email: "nobody@example.org", password: TEST_PASSWORD },
      { email: "off@example.org", password: TEST_PASSWORD },
    ]) {
      await expect(authenticateUser({ ...attempt, ip: "10.0.0.2" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    // A deactivated organisation's users cannot sign in either.
    await db().organization.update({ where: { id: org.id }, data: { active: false } });
    await expect(authenticateUser({ email: "a@example.org", password: TEST_PASSWORD, ip: "10.0.0.3" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("locks an account after 5 failures, even for the right password, until the lock expires", async () => {
    const org = await createOrganization();
    await createUser({ role: "VOLUNTEER", organizationId: org.id, email: "b@example.org" });
    for (let i = 0; i < 5; i++) {
      await expect(authenticateUser({ email: "b@example.org", password: "nope", ip: `10.1.0.${i}` })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    await expect(authenticateUser({ email: "b@example.org", password: TEST_PASSWORD, ip: "10.1.0.99" })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    advance(16 * 60_000);
    await expect(authenticateUser({ email: "b@example.org", password: TEST_PASSWORD, ip: "10.1.0.99" })).resolves.toMatchObject({ email: "b@example.org" });
  });

  it("locks an IP address that sprays many accounts", async () => {
    const org = await createOrganization();
    await createUser({ role: "VOLUNTEER", organizationId: org.id, email: "c@example.org" });
    for (let i = 0; i < 30; i++) {
      await authenticateUser({ email: `guess${i}@example.org`, password: "x", ip: "203.0.113.9" }).catch(() => undefined);
    }
    await expect(authenticateUser({ email: "c@example.org", password: TEST_PASSWORD, ip: "203.0.113.9" })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Another address is not affected.
    await expect(authenticateUser({ email: "c@example.org", password: TEST_PASSWORD, ip: "203.0.113.10" })).resolves.toBeTruthy();
  });

  it("counts concurrent failures exactly (counters live in PostgreSQL, not in memory)", async () => {
    const org = await createOrganization();
    await createUser({ role: "VOLUNTEER", organizationId: org.id, email: "d@example.org" });
    await Promise.all(Array.from({ length: 4 }, () => authenticateUser({ email: "d@example.org", password: "bad", ip: null }).catch(() => undefined)));
    const row = await db().loginThrottle.findUnique({ where: { key: "account:d@example.org" } });
    expect(row?.failures).toBe(4);
  });
});

describe("loadSessionUser", () => {
  it("refuses a session whose version is stale, whose account is off, or whose organisation is off", async () => {
    const org = await createOrganization();
    const user = await createUser({ role: "COORDINATOR", organizationId: org.id });
    expect(await loadSessionUser({ uid: user.id, sv: 1 })).toMatchObject({ id: user.id });
    expect(await loadSessionUser({ uid: user.id, sv: 0 })).toBeNull();
    expect(await loadSessionUser({ uid: "not-a-uuid-but-a-string", sv: 1 }).catch(() => null)).toBeNull();
    expect(await loadSessionUser(null)).toBeNull();
    await db().organization.update({ where: { id: org.id }, data: { active: false } });
    expect(await loadSessionUser({ uid: user.id, sv: 1 })).toBeNull();
    await db().organization.update({ where: { id: org.id }, data: { active: true } });
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await loadSessionUser({ uid: user.id, sv: 1 })).toBeNull();
  });
});
