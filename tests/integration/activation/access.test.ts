import { beforeAll, describe, expect, it } from "vitest";
import { getActivationAccess, requireActivationCapability } from "../../../lib/activation/get-activation-access";
import { listActivationsForUser } from "../../../lib/activation/list-activations-for-user";
import type { SessionUser } from "../../../lib/auth/session-user";
import { createActivation, createOrganization, createUser, resetDatabase } from "../helpers/fixtures";

let w: Record<string, SessionUser> & { activationId: string; otherActivationId: string };

beforeAll(async () => {
  await resetDatabase();
  const association = await createOrganization("VOLUNTEER_ASSOCIATION");
  const otherAssociation = await createOrganization("VOLUNTEER_ASSOCIATION");
  const prefecture = await createOrganization("PREFECTURE");
  const fireService = await createOrganization("FIRE_SERVICE");
  const otherPrefecture = await createOrganization("PREFECTURE");
  const users = {
    admin: await createUser({ role: "ADMIN", organizationId: otherAssociation.id }),
    coordinator: await createUser({ role: "COORDINATOR", organizationId: association.id }),
    foreignCoordinator: await createUser({ role: "COORDINATOR", organizationId: otherAssociation.id }),
    member: await createUser({ role: "VOLUNTEER", organizationId: association.id }),
    nonMember: await createUser({ role: "VOLUNTEER", organizationId: association.id }),
    prefect: await createUser({ role: "AUTHORITY", organizationId: prefecture.id }),
    firefighter: await createUser({ role: "AUTHORITY", organizationId: fireService.id }),
    otherPrefect: await createUser({ role: "AUTHORITY", organizationId: otherPrefecture.id }),
  };
  const activation = await createActivation({
    ownerOrganizationId: association.id,
    createdById: users.coordinator.id,
    requesters: [prefecture.id],
    granted: [fireService.id],
    members: [{ userId: users.member.id, role: "VOLUNTEER" }],
  });
  const other = await createActivation({
    ownerOrganizationId: otherAssociation.id,
    createdById: users.foreignCoordinator.id,
    requesters: [otherPrefecture.id],
  });
  w = Object.assign(users as Record<string, SessionUser>, { activationId: activation.id, otherActivationId: other.id });
});

const capsOf = async (who: string) => [...(await getActivationAccess(w[who], w.activationId)).capabilities].sort();

describe("activation access per role", () => {
  it("grants each role what it should have", async () => {
    expect(await capsOf("admin")).toEqual(["coordinate", "read"]);
    expect(await capsOf("coordinator")).toEqual(["coordinate", "read", "triage"]);
    expect(await capsOf("member")).toEqual(["read", "triage"]);
    expect(await capsOf("prefect")).toEqual(["acknowledge", "read"]);
    expect(await capsOf("firefighter")).toEqual(["acknowledge", "read"]);
  });

  it("hides the activation (NOT_FOUND) from those who may not read it, including another organisation's authority", async () => {
    for (const who of ["foreignCoordinator", "nonMember", "otherPrefect"]) {
      await expect(getActivationAccess(w[who], w.activationId), who).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("refuses a missing right with FORBIDDEN", async () => {
    await expect(requireActivationCapability(w.prefect, w.activationId, "triage")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(requireActivationCapability(w.member, w.activationId, "coordinate")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(requireActivationCapability(w.coordinator, w.activationId, "coordinate")).resolves.toBeTruthy();
  });

  it("treats a malformed or unknown id as not found", async () => {
    await expect(getActivationAccess(w.admin, "../../etc")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getActivationAccess(w.admin, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists exactly the activations each user may read", async () => {
    const ids = async (who: string) => (await listActivationsForUser(w[who])).map((a) => a.id).sort();
    expect(await ids("admin")).toEqual([w.activationId, w.otherActivationId].sort());
    expect(await ids("coordinator")).toEqual([w.activationId]);
    expect(await ids("member")).toEqual([w.activationId]);
    expect(await ids("nonMember")).toEqual([]);
    expect(await ids("prefect")).toEqual([w.activationId]);
    expect(await ids("otherPrefect")).toEqual([w.otherActivationId]);
    expect(await ids("foreignCoordinator")).toEqual([w.otherActivationId]);
  });
});
