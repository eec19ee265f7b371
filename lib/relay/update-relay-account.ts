import type { SessionUser } from "../auth/session-user";
import { requireCoordination } from "../activation/require-coordination";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { relayAccountSchema } from "./schemas";

/**
 * Sets, changes or removes the association's account on a network for this activation.
 * The secret (Mastodon token, Bluesky app password) is stored server-side only; left empty,
 * the stored one is kept. Audited without the secret.
 */
export async function updateRelayAccount(actor: SessionUser, activationId: string, input: unknown): Promise<void> {
  await requireCoordination(actor, activationId);
  const data = relayAccountSchema.parse(input);
  await mutate(actor, async ({ tx, audit }) => {
    const existing = await tx.relayAccount.findUnique({ where: { activationId_network: { activationId, network: data.network } } });
    const before = existing ? { baseUrl: existing.baseUrl, handle: existing.handle } : null;
    if (data.remove) {
      if (existing) await tx.relayAccount.delete({ where: { id: existing.id } });
      await audit({ action: "relayAccount.update", entity: "RelayAccount", entityId: existing?.id ?? activationId, activationId, before, after: { network: data.network, removed: true } });
      return;
    }
    if (data.network === "bluesky" && !data.handle) throw new AppError("INVALID_INPUT", "relay_handle_required");
    const secret = data.secret || existing?.secret;
    if (!secret) throw new AppError("INVALID_INPUT", "relay_secret_required");
    const row = await tx.relayAccount.upsert({
      where: { activationId_network: { activationId, network: data.network } },
      create: { activationId, network: data.network, baseUrl: data.baseUrl, handle: data.handle, secret },
      update: { baseUrl: data.baseUrl, handle: data.handle, secret },
    });
    await audit({ action: "relayAccount.update", entity: "RelayAccount", entityId: row.id, activationId, before, after: { network: data.network, baseUrl: data.baseUrl, handle: data.handle, secretChanged: Boolean(data.secret) } });
  });
}
