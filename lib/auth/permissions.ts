import type { MemberRole, Role } from "../db/generated/enums";

/**
 * Who may do what in an activation. Effective rights are the user's role
 * intersected with their membership of the activation; authority users need
 * their organisation to have requested the activation or been granted it.
 */
export type Capability = "read" | "triage" | "coordinate" | "acknowledge";

export type AccessFacts = {
  user: { role: Role; organizationId: string };
  activation: { ownerOrganizationId: string };
  membership: { role: MemberRole } | null;
  /**
   * The user's organisation requested the activation (or was granted it) and
   * its access window is open now, or the user holds an open named grant.
   */
  organizationHasAuthorityAccess: boolean;
};

const ROLE_CAPS: Record<Role, Capability[]> = {
  ADMIN: ["read", "coordinate"],
  COORDINATOR: ["read", "triage", "coordinate"],
  VOLUNTEER: ["read", "triage"],
  AUTHORITY: ["read", "acknowledge"],
};

const MEMBER_CAPS: Record<MemberRole, Capability[]> = {
  COORDINATOR: ["read", "triage", "coordinate"],
  VOLUNTEER: ["read", "triage"],
  OBSERVER: ["read"],
};

export function activationCapabilities(facts: AccessFacts): Set<Capability> {
  const { user, activation, membership } = facts;
  const roleCaps = ROLE_CAPS[user.role];
  switch (user.role) {
    case "ADMIN":
      return new Set(roleCaps);
    case "AUTHORITY":
      return facts.organizationHasAuthorityAccess ? new Set(roleCaps) : new Set();
    case "COORDINATOR": {
      // A coordinator runs every activation of their own association.
      const granted = membership
        ? MEMBER_CAPS[membership.role]
        : user.organizationId === activation.ownerOrganizationId
          ? MEMBER_CAPS.COORDINATOR
          : [];
      return intersect(roleCaps, granted);
    }
    case "VOLUNTEER":
      return intersect(roleCaps, membership ? MEMBER_CAPS[membership.role] : []);
  }
}

export function canAdminister(user: { role: Role }): boolean {
  return user.role === "ADMIN";
}

function intersect(a: Capability[], b: Capability[]): Set<Capability> {
  return new Set(a.filter((cap) => b.includes(cap)));
}
