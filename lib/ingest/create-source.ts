import { randomBytes } from "node:crypto";
import { requireCoordination } from "../activation/require-coordination";
import type { SessionUser } from "../auth/session-user";
import { mutate } from "../db/mutate";
import { sourceInputSchema } from "./source-schemas";
import { startSourcesForActivation } from "./source-runner";

/**
 * Adds a source to an activation (coordinators). A webhook gets a fresh secret,
 * returned once to show the coordinator and stored server-side only.
 */
export async function createSource(actor: SessionUser, activationId: string, input: unknown): Promise<{ id: string; secret: string | null }> {
  await requireCoordination(actor, activationId);
  const data = sourceInputSchema.parse(input);
  const secret = data.kind === "WEBHOOK" ? randomBytes(32).toString("base64url") : data.kind === "MASTODON" ? data.token : null;
  const config =
    data.kind === "WEBHOOK"
      ? { applyWatchFilter: data.applyWatchFilter }
      : data.kind === "MASTODON"
        ? { instances: data.instances, hashtags: data.hashtags, intervalSeconds: data.intervalSeconds, applyWatchFilter: data.applyWatchFilter }
        : data.kind === "RSS"
        ? { feeds: data.feeds, intervalSeconds: data.intervalSeconds, applyWatchFilter: data.applyWatchFilter }
        : { scenario: data.scenario, speed: data.speed, loop: data.loop };
  const created = await mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const source = await tx.source.create({ data: { activationId, kind: data.kind, name: data.name, config, secret } });
    await audit({ action: "source.create", entity: "Source", entityId: source.id, activationId, after: { kind: data.kind, name: data.name, config } });
    await emitToActivation(activationId, "source:changed", { sourceId: source.id });
    return source;
  });
  await startSourcesForActivation(activationId);
  // Only a webhook's own secret is shown back (once); a network token stays server-side.
  return { id: created.id, secret: data.kind === "WEBHOOK" ? secret : null };
}
