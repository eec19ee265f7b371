import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/session-user";
import { db } from "../../../lib/db/client";
import { closePgPool } from "../../../lib/db/pg-pool";
import { findPublicActivation } from "../../../lib/public-map/find-public-activation";
import { getPublicMap } from "../../../lib/public-map/get-public-map";
import { toPublicGeoJson } from "../../../lib/public-map/to-public-geojson";
import { updatePublicMapSettings } from "../../../lib/publish/update-public-map-settings";
import { approveRelayMessage } from "../../../lib/relay/approve-relay-message";
import { createRelayMessage } from "../../../lib/relay/create-relay-message";
import { publishRelayMessage } from "../../../lib/relay/publish-relay-message";
import { withdrawRelayMessage } from "../../../lib/relay/withdraw-relay-message";
import { createSolidarityItem } from "../../../lib/solidarity/create-solidarity-item";
import { updateSolidarityItem } from "../../../lib/solidarity/update-solidarity-item";
import { createActivation, createOrganization, createUser, resetDatabase } from "../helpers/fixtures";

// The public map carries the relay messages in force and the needs and offers a coordinator
// chose to show — with public fields only, whatever the page, its JSON or its GeoJSON.
let coordinator: SessionUser;
let activationId: string;
let slug: string;
const CONTACT = "Mme Dupuy 06 11 22 33 44";

beforeEach(async () => {
  await resetDatabase();
  const org = await createOrganization();
  coordinator = await createUser({ role: "COORDINATOR", organizationId: org.id, name: "Coralie" });
  const activation = await createActivation({ ownerOrganizationId: org.id, createdById: coordinator.id, members: [{ userId: coordinator.id, role: "COORDINATOR" }] });
  activationId = activation.id;
  slug = activation.slug;
  await updatePublicMapSettings(coordinator, activationId, { publicMapAllowed: true, publicPrecision: "grid", publicGridMeters: 1000 });
});
afterAll(() => closePgPool());

async function publicMap() {
  const activation = await findPublicActivation(slug);
  if (!activation) throw new Error("public map off");
  return getPublicMap(activation, { window: "all" });
}

describe("public map: relay messages and solidarity", () => {
  it("shows a relay message once published, never as a draft, and drops it when withdrawn", async () => {
    const { id } = await createRelayMessage(coordinator, activationId, { kind: "SAFETY", title: "Ne prenez pas la route", body: "Ne vous engagez pas sur une route inondée à Dax.", link: "https://www.vigicrues.gouv.fr/" });
    expect((await publicMap()).messages).toEqual([]);
    const approved = await approveRelayMessage(coordinator, activationId, id, { version: 1 });
    expect((await publicMap()).messages).toEqual([]);
    const published = await publishRelayMessage(coordinator, activationId, id, { version: approved.version, network: "share_kit" });
    const shown = await publicMap();
    expect(shown.messages.map((m) => m.title)).toEqual(["Ne prenez pas la route"]);
    expect(Object.keys(shown.messages[0]).sort()).toEqual(["body", "hashtags", "id", "kind", "link", "publishedAt", "title"]);
    expect(JSON.stringify(toPublicGeoJson(shown, { name: "x", slug, generatedAt: new Date() }))).toContain("Ne prenez pas la route");
    await withdrawRelayMessage(coordinator, activationId, id, { version: published.version });
    expect((await publicMap()).messages).toEqual([]);
  });

  it("shows a verified item chosen for the public at its commune's centre, without its contact", async () => {
    const { id, version } = await createSolidarityItem(coordinator, activationId, { side: "OFFER", type: "SHELTER", title: "Hébergement pour 4 personnes", insee: "40088", contact: CONTACT, verified: true });
    expect((await publicMap()).solidarity).toEqual([]);
    await updateSolidarityItem(coordinator, activationId, id, { version, showOnPublicMap: true });
    const shown = await publicMap();
    expect(shown.solidarity).toHaveLength(1);
    expect(shown.solidarity[0]).toMatchObject({ side: "OFFER", type: "SHELTER", placeName: "Dax" });
    const everything = JSON.stringify([shown, toPublicGeoJson(shown, { name: "x", slug, generatedAt: new Date() })]);
    expect(everything).not.toContain("06 11 22 33 44");
    expect(everything).not.toContain("Dupuy");
    const stored = await db().solidarityItem.findUniqueOrThrow({ where: { id } });
    expect(shown.solidarity[0]).toMatchObject({ lat: stored.lat, lon: stored.lon });
  });
});
