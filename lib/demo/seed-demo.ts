import { hashPassword } from "../auth/password";
import { db } from "../db/client";
import { mutate } from "../db/mutate";
import { DEMO_ACCOUNTS, DEMO_ORGANIZATIONS, DEMO_PASSWORD, LANDES_AREA } from "./demo-accounts";

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
    const ring = LANDES_AREA.coordinates[0];
    const lons = ring.map((point) => point[0]);
    const lats = ring.map((point) => point[1]);
    const activation = await tx.activation.create({
      data: {
        name: "Crue de l'Adour — Landes",
        slug: "crue-adour-landes",
        hazard: "flood",
        status: "ACTIVE",
        area: LANDES_AREA as unknown as object,
        bboxWest: Math.min(...lons),
        bboxSouth: Math.min(...lats),
        bboxEast: Math.max(...lons),
        bboxNorth: Math.max(...lats),
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
      },
    });
    await audit({ action: "demo.seed", entity: "Activation", entityId: activation.id, activationId: activation.id, after: { slug: activation.slug } });
  });
  return { seeded: true };
}
