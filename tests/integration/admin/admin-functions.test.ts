import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createOrganization as createOrganizationAsAdmin } from "../../../lib/admin/create-organization";
import { createUser as createUserAsAdmin } from "../../../lib/admin/create-user";
import { resetUserPassword } from "../../../lib/admin/reset-user-password";
import { setUserActive } from "../../../lib/admin/set-user-active";
import { updateOrganization } from "../../../lib/admin/update-organization";
import { updateUser } from "../../../lib/admin/update-user";
import { authenticateUser } from "../../../lib/auth/authenticate-user";
import type { SessionUser } from "../../../lib/auth/session-user";
import { db } from "../../../lib/db/client";
import { onCommittedEvents, type CommittedEvent } from "../../../lib/db/mutate";
import { createOrganization, createUser, resetDatabase } from "../helpers/fixtures";

let admin: SessionUser;
let volunteer: SessionUser;
let orgId: string;
let events: CommittedEvent[];
let unsubscribe: () => void;

beforeEach(async () => {
  await resetDatabase();
  const org = await createOrganization();
  orgId = org.id;
  admin = await createUser({ role: "ADMIN", organizationId: org.id });
  volunteer = await createUser({ role: "VOLUNTEER", organizationId: org.id });
  events = [];
  unsubscribe = onCommittedEvents((batch) => events.push(...batch));
});
afterEach(() => unsubscribe());

const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: "nouveau@example.org",
  name: "Nouveau Bénévole",
  role: "VOLUNTEER",
  organizationId: orgId,
  password: "a very long password",
  ...overrides,
});

describe("account administration", () => {
  it("creates an organisation and an account, each with an audit row and no password in it", async () => {
    const { id: prefectureId } = await createOrganizationAsAdmin(admin, { name: "Préfecture du Gers", type: "PREFECTURE" });
    const { id } = await createUserAsAdmin(admin, newUser({ organizationId: prefectureId, role: "AUTHORITY" }));
    const audit = await db().auditLog.findMany({ orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.entityId, a.actorId])).toEqual([
      ["organization.create", prefectureId, admin.id],
      ["user.create", id, admin.id],
    ]);
    expect(JSON.stringify(audit.map((a) => ({ ...a, id: String(a.id) })))).not.toMatch(/password/i);
    await expect(authenticateUser({ email: "nouveau@example.org", password: "a very long password", ip: null })).resolves.toMatchObject({ role: "AUTHORITY" });
  });

  it("refuses non-admins and changes nothing", async () => {
    await expect(createUserAsAdmin(volunteer, newUser())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setUserActive(volunteer, admin.id, false)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().user.count()).toBe(2);
    expect(await db().auditLog.count()).toBe(0);
  });

  it("rejects invalid input with field errors and changes nothing", async () => {
    const error = await createUserAsAdmin(admin, newUser({ email: "not-an-email", password: "short" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect(await db().user.count()).toBe(2);
    await expect(createOrganizationAsAdmin(admin, { name: "", type: "CASTLE" })).rejects.toBeInstanceOf(ZodError);
    expect(await db().organization.count()).toBe(1);
  });

  it("reports a duplicate email as a conflict", async () => {
    await createUserAsAdmin(admin, newUser());
    await expect(createUserAsAdmin(admin, newUser({ name: "Autre" }))).rejects.toMatchObject({ code: "CONFLICT", message: "email_taken" });
    expect(await db().user.count()).toBe(3);
  });

  it("deactivates an account: bumps its session version, revokes its sessions live, audits it", async () => {
    await setUserActive(admin, volunteer.id, false);
    const after = await db().user.findUniqueOrThrow({ where: { id: volunteer.id } });
    expect(after.active).toBe(false);
    expect(after.sessionVersion).toBe(volunteer.sessionVersion + 1);
    expect(events).toContainEqual({ scope: "user", userId: volunteer.id, type: "session:revoked", payload: { reason: "deactivated" } });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "user.deactivate" } });
    expect(audit).toMatchObject({ actorId: admin.id, entityId: volunteer.id, before: { active: true }, after: { active: false } });
    await expect(setUserActive(admin, admin.id, false)).rejects.toMatchObject({ message: "cannot_deactivate_self" });
  });

  it("resets a password, ending old sessions", async () => {
    await resetUserPassword(admin, volunteer.id, { password: "another long password" });
    const after = await db().user.findUniqueOrThrow({ where: { id: volunteer.id } });
    expect(after.sessionVersion).toBe(volunteer.sessionVersion + 1);
    await expect(authenticateUser({ email: volunteer.email, password: "another long password", ip: null })).resolves.toBeTruthy();
    expect(events.some((e) => e.scope === "user" && e.userId === volunteer.id)).toBe(true);
  });

  it("ends sessions when a role changes, and when an organisation is deactivated", async () => {
    await updateUser(admin, volunteer.id, { email: volunteer.email, name: volunteer.name, role: "COORDINATOR", organizationId: orgId, locale: "en" });
    expect((await db().user.findUniqueOrThrow({ where: { id: volunteer.id } })).sessionVersion).toBe(2);
    const other = await createOrganization("FIRE_SERVICE");
    const firefighter = await createUser({ role: "AUTHORITY", organizationId: other.id });
    await updateOrganization(admin, other.id, { name: other.name, type: "FIRE_SERVICE", active: false });
    expect(events).toContainEqual(expect.objectContaining({ scope: "user", userId: firefighter.id, type: "session:revoked" }));
  });
});
