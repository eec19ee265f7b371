import { encode } from "next-auth/jwt";
import { hashPassword } from "../../../lib/auth/password";
import type { SessionUser } from "../../../lib/auth/session-user";
import { db } from "../../../lib/db/client";
import type { MemberRole, OrganizationType, Role } from "../../../lib/db/generated/enums";

export const TEST_SECRET = "integration-test-secret-0123456789";
export const TEST_PASSWORD = "correct horse battery";

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

/** Empties every table (but the migrations log) so each test file starts clean. */
export async function resetDatabase(): Promise<void> {
  const tables = await db().$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  await db().$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
}

export async function createOrganization(type: OrganizationType = "VOLUNTEER_ASSOCIATION", name = unique("org")) {
  return db().organization.create({ data: { name, type } });
}

let cachedHash: string | undefined;

export async function createUser(options: { role: Role; organizationId: string; email?: string; name?: string; active?: boolean }): Promise<SessionUser> {
  cachedHash ??= await hashPassword(TEST_PASSWORD);
  const user = await db().user.create({
    data: {
      email: options.email ?? `${unique("user")}@example.org`,
      name: options.name ?? unique("Name"),
      role: options.role,
      organizationId: options.organizationId,
      active: options.active ?? true,
      passwordHash: cachedHash,
    },
  });
  const { id, email, name, role, organizationId, locale, sessionVersion } = user;
  return { id, email, name, role, organizationId, locale, sessionVersion };
}

export async function createActivation(options: {
  ownerOrganizationId: string;
  createdById: string;
  requesters?: string[];
  granted?: string[];
  members?: { userId: string; role: MemberRole }[];
  status?: "DRAFT" | "ACTIVE" | "PAUSED" | "CLOSED" | "ARCHIVED";
  activatedAt?: Date | null;
  authorityAccessUntil?: Date | null;
  keywords?: string[];
}) {
  return db().activation.create({
    data: {
      name: unique("Activation"),
      slug: unique("activation"),
      hazard: "flood",
      status: options.status ?? "ACTIVE",
      activatedAt: options.activatedAt === undefined ? new Date(Date.now() - 3600_000) : options.activatedAt,
      authorityAccessUntil: options.authorityAccessUntil ?? null,
      keywords: options.keywords ?? ["crue", "inondation"],
      area: { type: "Polygon", coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
      bboxWest: 0,
      bboxSouth: 0,
      bboxEast: 1,
      bboxNorth: 1,
      ownerOrganizationId: options.ownerOrganizationId,
      createdById: options.createdById,
      members: { create: options.members ?? [] },
      authorities: {
        create: [
          ...(options.requesters ?? []).map((organizationId) => ({ organizationId, access: "REQUESTER" as const })),
          ...(options.granted ?? []).map((organizationId) => ({ organizationId, access: "GRANTED" as const })),
        ],
      },
    },
  });
}

/** A session cookie exactly as Auth.js would set it after login. */
export async function sessionCookie(user: { id: string; sessionVersion: number }): Promise<string> {
  const salt = "authjs.session-token";
  const token = await encode({ token: { uid: user.id, sv: user.sessionVersion, sub: user.id }, secret: TEST_SECRET, salt });
  return `${salt}=${token}`;
}

export type WatchRoom = {
  associationId: string;
  /** The requesting prefecture, made when an authority user is asked for. */
  prefectureId: string | null;
  volunteers: SessionUser[];
  coordinator: SessionUser;
  admin: SessionUser | null;
  authority: SessionUser | null;
  activationId: string;
};

/**
 * The usual scene of a test: an association running an active activation
 * with its volunteers and a coordinator as members, optionally an admin of
 * the association and a user of the prefecture that requested the activation.
 */
export async function createWatchRoom(options: {
  volunteers: string[];
  coordinator: string;
  admin?: string;
  authority?: string;
  associationName?: string;
  prefectureName?: string;
}): Promise<WatchRoom> {
  const association = await createOrganization("VOLUNTEER_ASSOCIATION", options.associationName);
  const prefecture = options.authority ? await createOrganization("PREFECTURE", options.prefectureName) : null;
  const volunteers: SessionUser[] = [];
  for (const name of options.volunteers) volunteers.push(await createUser({ role: "VOLUNTEER", organizationId: association.id, name }));
  const coordinator = await createUser({ role: "COORDINATOR", organizationId: association.id, name: options.coordinator });
  const admin = options.admin ? await createUser({ role: "ADMIN", organizationId: association.id, name: options.admin }) : null;
  const authority = prefecture ? await createUser({ role: "AUTHORITY", organizationId: prefecture.id, name: options.authority }) : null;
  const activation = await createActivation({
    ownerOrganizationId: association.id,
    createdById: coordinator.id,
    requesters: prefecture ? [prefecture.id] : [],
    members: [...volunteers.map((user) => ({ userId: user.id, role: "VOLUNTEER" as const })), { userId: coordinator.id, role: "COORDINATOR" }],
  });
  return { associationId: association.id, prefectureId: prefecture?.id ?? null, volunteers, coordinator, admin, authority, activationId: activation.id };
}
