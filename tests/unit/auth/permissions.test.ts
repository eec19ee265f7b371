import { describe, expect, it } from "vitest";
import { activationCapabilities, canAdminister, type AccessFacts } from "../../../lib/auth/permissions";

const OWNER = "org-association";
const facts = (overrides: Partial<AccessFacts> & { user: AccessFacts["user"] }): AccessFacts => ({
  activation: { ownerOrganizationId: OWNER },
  membership: null,
  organizationHasAuthorityAccess: false,
  ...overrides,
});
const caps = (f: AccessFacts) => [...activationCapabilities(f)].sort();

describe("activation capabilities", () => {
  it("gives an admin read and coordinate everywhere, never triage", () => {
    expect(caps(facts({ user: { role: "ADMIN", organizationId: "other" } }))).toEqual(["coordinate", "read"]);
  });

  it("lets a coordinator run their own association's activations without membership", () => {
    expect(caps(facts({ user: { role: "COORDINATOR", organizationId: OWNER } }))).toEqual(["coordinate", "read", "triage"]);
  });

  it("gives a coordinator of another association nothing unless they are a member", () => {
    expect(caps(facts({ user: { role: "COORDINATOR", organizationId: "other" } }))).toEqual([]);
    expect(caps(facts({ user: { role: "COORDINATOR", organizationId: "other" }, membership: { role: "VOLUNTEER" } }))).toEqual(["read", "triage"]);
  });

  it("limits a coordinator by a narrower membership", () => {
    expect(caps(facts({ user: { role: "COORDINATOR", organizationId: OWNER }, membership: { role: "OBSERVER" } }))).toEqual(["read"]);
  });

  it("requires membership for a volunteer, and never grants them coordination", () => {
    expect(caps(facts({ user: { role: "VOLUNTEER", organizationId: OWNER } }))).toEqual([]);
    expect(caps(facts({ user: { role: "VOLUNTEER", organizationId: OWNER }, membership: { role: "VOLUNTEER" } }))).toEqual(["read", "triage"]);
    expect(caps(facts({ user: { role: "VOLUNTEER", organizationId: OWNER }, membership: { role: "COORDINATOR" } }))).toEqual(["read", "triage"]);
  });

  it("lets an authority read and acknowledge only activations its organisation requested or was granted", () => {
    expect(caps(facts({ user: { role: "AUTHORITY", organizationId: "prefecture" }, organizationHasAuthorityAccess: true }))).toEqual(["acknowledge", "read"]);
    expect(caps(facts({ user: { role: "AUTHORITY", organizationId: "other-prefecture" } }))).toEqual([]);
    // Membership never widens an authority user's rights.
    expect(caps(facts({ user: { role: "AUTHORITY", organizationId: "x" }, membership: { role: "COORDINATOR" } }))).toEqual([]);
  });

  it("keeps administration for admins", () => {
    expect(canAdminister({ role: "ADMIN" })).toBe(true);
    for (const role of ["COORDINATOR", "VOLUNTEER", "AUTHORITY"] as const) expect(canAdminister({ role })).toBe(false);
  });
});
