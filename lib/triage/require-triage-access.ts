import { requireActivationCapability, type ActivationAccess } from "../activation/get-activation-access";
import type { SessionUser } from "../auth/session-user";

/**
 * The triage right, checked on every "take next", renew and triage action —
 * the hottest calls of a busy watch — and remembered for two seconds per user,
 * activation and session version (a membership removed or a session revoked
 * takes effect within that time; the request's session check is not cached).
 */
const TTL_MS = 2_000;
const holder = globalThis as unknown as { __vigieTriageAccess?: Map<string, { access: ActivationAccess; at: number }> };

export async function requireTriageAccess(actor: SessionUser, activationId: string): Promise<ActivationAccess> {
  holder.__vigieTriageAccess ??= new Map();
  const cache = holder.__vigieTriageAccess;
  const key = `${actor.id}:${actor.sessionVersion}:${activationId}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.access;
  const access = await requireActivationCapability(actor, activationId, "triage");
  if (cache.size > 5_000) cache.clear();
  cache.set(key, { access, at: Date.now() });
  return access;
}
