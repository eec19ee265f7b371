import { db } from "../db/client";
import { mutate } from "../db/mutate";
import { rebuttalBody } from "../relay/create-rebuttal";
import { ensureRelayLibrary } from "../relay/library/ensure-relay-library";
import { fillVariables } from "../relay/relay-text";

const HOUR = 3600_000;

/**
 * The demo's relay: the library, one flood instruction already published (through the share
 * kit: the demo has no network accounts), and a rumour with a rebuttal drafted, ready for the
 * coordinator to approve and share. Audited like real steps, so the event log shows them.
 */
export async function seedRelay(): Promise<void> {
  await ensureRelayLibrary();
  const activation = await db().activation.findUnique({ where: { slug: "crue-adour-landes" }, select: { id: true } });
  const coordinator = await db().user.findUnique({ where: { email: "coordination@vigie.demo" }, select: { id: true } });
  const volunteer = await db().user.findUnique({ where: { email: "benevole1@vigie.demo" }, select: { id: true } });
  const template = await db().relayTemplate.findUnique({ where: { key: "flood.no-driving" } });
  if (!activation || !coordinator || !volunteer || !template) return;
  const activationId = activation.id;
  const now = Date.now();
  await mutate(coordinator, async ({ tx, audit, emitToActivation }) => {
    const body = fillVariables(template.body, { commune: "Dax", heure: "", lien: template.sourceUrl });
    const published = await tx.relayMessage.create({
      data: {
        activationId,
        kind: "SAFETY",
        status: "PUBLISHED",
        title: template.title,
        body,
        link: template.sourceUrl,
        hashtags: [...template.hashtags, "#Dax"],
        templateId: template.id,
        approvedById: coordinator.id,
        approvedAt: new Date(now - 70 * 60_000),
        publishedAt: new Date(now - HOUR),
        version: 3,
        createdById: coordinator.id,
        createdAt: new Date(now - 80 * 60_000),
        publications: { create: [{ network: "share_kit", publishedById: coordinator.id, at: new Date(now - HOUR) }] },
      },
    });
    for (const action of ["relay.create", "relay.approve", "relay.publish"]) {
      await audit({ action, entity: "RelayMessage", entityId: published.id, activationId, after: { title: published.title, ...(action === "relay.publish" ? { network: "share_kit" } : {}) } });
    }
    const rumour = await tx.rumour.create({
      data: { activationId, claim: "Le barrage en amont de Dax va céder cette nuit, il faut évacuer tout le centre-ville", status: "DEBUNKED", createdById: volunteer.id, createdAt: new Date(now - 40 * 60_000) },
    });
    await audit({ action: "rumour.create", entity: "Rumour", entityId: rumour.id, activationId, after: { claim: rumour.claim } });
    const rebuttal = await tx.relayMessage.create({
      data: {
        activationId,
        kind: "REBUTTAL",
        title: "Non, aucun barrage ne menace Dax",
        body: rebuttalBody(
          "Rupture d'un barrage en amont de Dax cette nuit : c'est faux. N'évacuez que sur consigne officielle.",
          "Aucun ouvrage hydraulique du département ne présente de risque de rupture.",
          "Préfecture des Landes (démo)",
        ),
        link: "https://www.landes.gouv.fr/",
        hashtags: ["#crue", "#Dax", "#FakeNews"],
        rumourId: rumour.id,
        createdById: volunteer.id,
        createdAt: new Date(now - 20 * 60_000),
      },
    });
    await audit({ action: "relay.create", entity: "RelayMessage", entityId: rebuttal.id, activationId, after: { kind: "REBUTTAL", title: rebuttal.title, rumourId: rumour.id } });
    await emitToActivation(activationId, "relay:changed", { messageId: rebuttal.id, status: "DRAFT" });
  });
}
