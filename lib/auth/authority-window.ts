/**
 * When an authority may see an activation. Its organisation's access runs
 * from activation until `authorityAccessUntil` (closing + grace days); a named
 * grant runs from its start to its end unless revoked.
 */
export type ActivationWindowFacts = { activatedAt: Date | null; authorityAccessUntil: Date | null };
export type GrantFacts = { startsAt: Date; endsAt: Date; revokedAt: Date | null };

export function organizationWindowOpen(activation: ActivationWindowFacts, now: Date): boolean {
  if (!activation.activatedAt || activation.activatedAt.getTime() > now.getTime()) return false;
  return !activation.authorityAccessUntil || activation.authorityAccessUntil.getTime() > now.getTime();
}

export function grantOpen(grant: GrantFacts, now: Date): boolean {
  if (grant.revokedAt) return false;
  return grant.startsAt.getTime() <= now.getTime() && now.getTime() < grant.endsAt.getTime();
}

export function accessUntilAfterClosing(closedAt: Date, graceDays: number): Date {
  return new Date(closedAt.getTime() + graceDays * 24 * 3600 * 1000);
}
