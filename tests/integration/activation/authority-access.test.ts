import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Server } from "socket.io";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { changeActivationStatus } from "../../../lib/activation/change-activation-status";
import { getActivationAccess, requireActivationCapability } from "../../../lib/activation/get-activation-access";
import { listActivationsForUser } from "../../../lib/activation/list-activations-for-user";
import type { SessionUser } from "../../../lib/auth/session-user";
import { setClock } from "../../../lib/clock";
import type { ClientToServerEvents, JoinResult, ServerToClientEvents } from "../../../lib/realtime/events";
import { sweepExpiredAccess } from "../../../lib/realtime/access-sweep";
import { createSocketServer } from "../../../lib/realtime/socket-server";
import { grantAuthorityAccess } from "../../../lib/team/grant-authority-access";
import { revokeAuthorityGrant } from "../../../lib/team/revoke-authority-grant";
import { createActivation, createOrganization, createUser, resetDatabase, sessionCookie, TEST_SECRET } from "../helpers/fixtures";

const DAY = 86400_000;
let now = new Date("2026-12-01T10:00:00Z");
let restoreClock: () => void;
let coordinator: SessionUser;
let prefect: SessionUser;
let firefighter: SessionUser;
let activationId: string;

let http: HttpServer;
let io: Server;
let baseUrl: string;
const sockets: Socket<ServerToClientEvents, ClientToServerEvents>[] = [];

beforeAll(async () => {
  http = createServer();
  io = createSocketServer(http, { secret: TEST_SECRET, sweepIntervalMs: 3600_000 });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});
afterAll(async () => {
  io.close();
  await new Promise((resolve) => http.close(resolve));
});

beforeEach(async () => {
  await resetDatabase();
  now = new Date("2026-12-01T10:00:00Z");
  restoreClock = setClock({ now: () => now });
  const association = await createOrganization("VOLUNTEER_ASSOCIATION");
  const prefecture = await createOrganization("PREFECTURE");
  const fireService = await createOrganization("FIRE_SERVICE");
  coordinator = await createUser({ role: "COORDINATOR", organizationId: association.id });
  prefect = await createUser({ role: "AUTHORITY", organizationId: prefecture.id });
  firefighter = await createUser({ role: "AUTHORITY", organizationId: fireService.id });
  activationId = (
    await createActivation({ ownerOrganizationId: association.id, createdById: coordinator.id, requesters: [prefecture.id], status: "DRAFT", activatedAt: null })
  ).id;
});
afterEach(() => {
  restoreClock();
  sockets.splice(0).forEach((socket) => socket.close());
});

const canRead = (user: SessionUser) => getActivationAccess(user, activationId).then(() => true, () => false);
const listed = async (user: SessionUser) => (await listActivationsForUser(user)).some((a) => a.id === activationId);

async function joinAs(user: SessionUser): Promise<{ socket: Socket<ServerToClientEvents, ClientToServerEvents>; result: JoinResult }> {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connect(baseUrl, { transports: ["websocket"], extraHeaders: { cookie: await sessionCookie(user) }, reconnection: false });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  const result = (await socket.emitWithAck("activation:join", { activationId })) as JoinResult;
  return { socket, result };
}

describe("authority access windows", () => {
  it("opens for the requesting organisation at activation and closes 7 days after closing — pages, lists and sockets alike", async () => {
    // Before activation: nothing.
    expect(await canRead(prefect)).toBe(false);
    expect(await listed(prefect)).toBe(false);
    expect((await joinAs(prefect)).result).toEqual({ ok: false, error: "NOT_FOUND" });

    await changeActivationStatus(coordinator, activationId, { to: "ACTIVE" });
    expect(await canRead(prefect)).toBe(true);
    expect(await listed(prefect)).toBe(true);
    await expect(requireActivationCapability(prefect, activationId, "acknowledge")).resolves.toBeTruthy();
    await expect(requireActivationCapability(prefect, activationId, "triage")).rejects.toMatchObject({ code: "FORBIDDEN" });
    const during = await joinAs(prefect);
    expect(during.result.ok).toBe(true);

    await changeActivationStatus(coordinator, activationId, { to: "CLOSED", reason: "Fin" });
    now = new Date(now.getTime() + 6 * DAY);
    expect(await canRead(prefect)).toBe(true);

    // After expiry: refused everywhere, and an open socket is taken out of the room.
    now = new Date(now.getTime() + 1 * DAY + 1000);
    expect(await canRead(prefect)).toBe(false);
    expect(await listed(prefect)).toBe(false);
    await expect(requireActivationCapability(prefect, activationId, "acknowledge")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await joinAs(prefect)).result).toEqual({ ok: false, error: "NOT_FOUND" });
    const ended = new Promise((resolve) => during.socket.once("activation:access-ended", resolve));
    expect(await sweepExpiredAccess(io)).toBeGreaterThanOrEqual(1);
    expect(await ended).toEqual({ activationId });
    expect(await during.socket.emitWithAck("activation:sync", { activationId, sinceSeq: 0 })).toEqual({ ok: false, error: "NOT_FOUND" });
  });

  it("gives a named authority user access only within the granted period, until revoked", async () => {
    await changeActivationStatus(coordinator, activationId, { to: "ACTIVE" });
    expect(await canRead(firefighter)).toBe(false);
    const { id } = await grantAuthorityAccess(coordinator, activationId, {
      userId: firefighter.id,
      startsAt: new Date(now.getTime() + DAY),
      endsAt: new Date(now.getTime() + 3 * DAY),
    });
    expect(await canRead(firefighter)).toBe(false); // not yet
    now = new Date(now.getTime() + 2 * DAY);
    expect(await canRead(firefighter)).toBe(true);
    expect(await listed(firefighter)).toBe(true);
    expect((await joinAs(firefighter)).result.ok).toBe(true);
    await revokeAuthorityGrant(coordinator, activationId, id);
    expect(await canRead(firefighter)).toBe(false);
    now = new Date(now.getTime() + 2 * DAY);
    expect(await listed(firefighter)).toBe(false);
  });

  it("refuses a grant to someone who is not an authority user", async () => {
    await expect(
      grantAuthorityAccess(coordinator, activationId, { userId: coordinator.id, startsAt: now, endsAt: new Date(now.getTime() + DAY) }),
    ).rejects.toMatchObject({ message: "grant_authority_only" });
  });
});
