import { hashPassword } from "../auth/password";
import { db } from "../db/client";
import { mutate } from "../db/mutate";
import { DEFAULT_HAZARD_TEMPLATES } from "../activation/default-hazard-templates";
import { areaFromDepartements } from "../geo/departement-outlines";
import { seedDashboardDemo } from "./seed-dashboard";
import { DEMO_ACCOUNTS, DEMO_ORGANIZATIONS, DEMO_PASSWORD } from "./demo-accounts";
import { seedPublicMapDemo } from "./seed-publish";
import { seedEscalation } from "./seed-escalation";
import { seedRelay } from "./seed-relay";
import { seedSitrep } from "./seed-sitrep";
import { seedSolidarity } from "./seed-solidarity";

const HOUR = 3600_000;

/**
 * Seeds the demo association, authorities, accounts and the "Crue de l'Adour"
 * activation, once: does nothing when any organisation already exists.
 */
export async function seedDemo(): Promise<{ seeded: boolean }> {
  if ((await db().organization.count()) > 0) return { seeded: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await mutate(null, async ({ tx, audit }) => {
    const orgs = {
      association: await tx.organization.create({ data: DEMO_ORGANIZATIONS.association }),
      prefecture: await tx.organization.create({ data: DEMO_ORGANIZATIONS.prefecture }),
      fireService: await tx.organization.create({ data: DEMO_ORGANIZATIONS.fireService }),
    };
    const users = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) {
      const user = await tx.user.create({
        data: { email: account.email, name: account.name, role: account.role, organizationId: orgs[account.org].id, passwordHash },
      });
      users.set(account.email, user.id);
    }
    const { geometry, bbox } = areaFromDepartements(["40"]);
    const flood = DEFAULT_HAZARD_TEMPLATES.flood;
    const now = Date.now();
    const activation = await tx.activation.create({
      data: {
        name: "Crue de l'Adour — Landes",
        slug: "crue-adour-landes",
        hazard: "flood",
        status: "ACTIVE",
        area: geometry as object,
        bboxWest: bbox[0],
        bboxSouth: bbox[1],
        bboxEast: bbox[2],
        bboxNorth: bbox[3],
        departements: ["40"],
        timeZone: "Europe/Paris",
        keywords: [...flood.keywords.fr, ...flood.keywords.en],
        hashtags: [...flood.hashtags, "#Adour", "#Landes"],
        exclusions: [...flood.exclusions.fr, ...flood.exclusions.en],
        languages: flood.languages,
        reportCategories: flood.reportCategories,
        expectedDurationHours: 72,
        activatedAt: new Date(now - 2 * HOUR),
        ownerOrganizationId: orgs.association.id,
        createdById: users.get("coordination@vigie.demo")!,
        members: {
          create: [
            { userId: users.get("coordination@vigie.demo")!, role: "COORDINATOR" },
            { userId: users.get("benevole1@vigie.demo")!, role: "VOLUNTEER" },
            { userId: users.get("benevole2@vigie.demo")!, role: "VOLUNTEER" },
          ],
        },
        authorities: { create: [{ organizationId: orgs.prefecture.id, access: "REQUESTER" }] },
        // The demo watch is fed by the recorded Landes flood scenario at ×60, in a loop; its first
        // 16 hours arrive at once as history, so the feed is busy from the first seconds.
        sources: {
          create: [{ kind: "REPLAY", name: "Scénario crue Adour (rejeu ×60)", config: { scenario: "crue-adour-landes", speed: 60, loop: true, startAt: 16 * 3600 } }],
        },
        statusChanges: {
          create: [{ fromStatus: "DRAFT", toStatus: "ACTIVE", actorId: users.get("coordination@vigie.demo")!, reason: "Demande de la préfecture (vigilance rouge crues)", at: new Date(now - 2 * HOUR) }],
        },
        shifts: {
          create: [
            { userId: users.get("benevole1@vigie.demo")!, startsAt: new Date(now - 2 * HOUR), endsAt: new Date(now + 4 * HOUR), createdById: users.get("coordination@vigie.demo")! },
            { userId: users.get("benevole2@vigie.demo")!, startsAt: new Date(now + 4 * HOUR), endsAt: new Date(now + 10 * HOUR), createdById: users.get("coordination@vigie.demo")! },
          ],
        },
      },
    });
    await seedSolidarity(tx, { activationId: activation.id, createdById: users.get("coordination@vigie.demo")! });
    await audit({ action: "demo.seed", entity: "Activation", entityId: activation.id, activationId: activation.id, after: { slug: activation.slug } });
    await seedEscalation(tx, { activationId: activation.id, volunteerId: users.get("benevole1@vigie.demo")! });
    await seedDashboardDemo(tx, activation.id, users);
  });
  await seedPublicMapDemo();
  await seedRelay();
  await seedSitrep();
  return { seeded: true };
}
