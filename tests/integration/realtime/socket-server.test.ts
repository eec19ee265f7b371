import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Server } from "socket.io";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setUserActive } from "../../../lib/admin/set-user-active";
import { setClock } from "../../../lib/clock";
import type { SessionUser } from "../../../lib/auth/session-user";
import { db } from "../../../lib/db/client";
import { mutate } from "../../../lib/db/mutate";
import type { ClientToServerEvents, JoinResult, PresenceUser, ServerToClientEvents, SyncResult } from "../../../lib/realtime/events";
import { sweepExpiredAccess } from "../../../lib/realtime/access-sweep";
import { MAX_PUBLIC_SOCKETS_PER_IP } from "../../../lib/public-map/public-socket-admission";
import { attachPublicNamespace } from "../../../lib/public-map/public-namespace";
import { createSocketServer } from "../../../lib/realtime/socket-server";
import { createActivation, createOrganization, createUser, resetDatabase, sessionCookie, TEST_SECRET } from "../helpers/fixtures";

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

let http: HttpServer;
let io: Server;
let baseUrl: string;
let admin: SessionUser;
let alice: SessionUser;
let bruno: SessionUser;
let outsider: SessionUser;
let activationId: string;
const clients: Client[] = [];
let publicSockets: { openSockets: (ip: string) => number };

beforeAll(async () => {
  await resetDatabase();
  const org = await createOrganization();
  admin = await createUser({ role: "ADMIN", organizationId: org.id, name: "Admin" });
  alice = await createUser({ role: "VOLUNTEER", organizationId: org.id, name: "Alice" });
  bruno = await createUser({ role: "VOLUNTEER", organizationId: org.id, name: "Bruno" });
  outsider = await createUser({ role: "VOLUNTEER", organizationId: org.id, name: "Outsider" });
  activationId = (
    await createActivation({
      ownerOrganizationId: org.id,
      createdById: admin.id,
      members: [
        { userId: alice.id, role: "VOLUNTEER" },
        { userId: bruno.id, role: "VOLUNTEER" },
      ],
    })
  ).id;
  http = createServer();
  io = createSocketServer(http, { secret: TEST_SECRET });
  publicSockets = attachPublicNamespace(io, { trustProxy: false });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterEach(() => {
  clients.splice(0).forEach((client) => client.close());
});

afterAll(async () => {
  io.close();
  await new Promise((resolve) => http.close(resolve));
});

function open(cookie?: string, namespace = ""): Client {
  const client: Client = connect(`${baseUrl}${namespace}`, {
    transports: ["websocket"],
    extraHeaders: cookie ? { cookie } : {},
    reconnection: false,
  });
  clients.push(client);
  return client;
}

const connected = (client: Client) =>
  new Promise<void>((resolve, reject) => {
    client.once("connect", () => resolve());
    client.once("connect_error", reject);
  });
const join = (client: Client, id = activationId) => client.emitWithAck("activation:join", { activationId: id }) as Promise<JoinResult>;
const nextPresence = (client: Client) => new Promise<PresenceUser[]>((resolve) => client.once("presence:update", (u) => resolve(u.users)));

describe("Socket.IO backbone", () => {
  it("refuses a connection without a session cookie, or with a forged one", async () => {
    await expect(connected(open())).rejects.toThrow("unauthorized");
    await expect(connected(open("authjs.session-token=forged"))).rejects.toThrow("unauthorized");
  });

  it("lets anyone into the read-only public namespace of an enabled public map, and no other", async () => {
    const { slug } = await db().activation.update({ where: { id: activationId }, data: { publicMapAllowed: true }, select: { slug: true } });
    const openPublic = (name: string) => {
      const client: Client = connect(`${baseUrl}/public`, { transports: ["websocket"], reconnection: false, forceNew: true, auth: { slug: name } });
      clients.push(client);
      return client;
    };
    await expect(connected(openPublic(slug))).resolves.toBeUndefined();
    await expect(connected(openPublic("no-such-map"))).rejects.toThrow("not_found");
    await db().activation.update({ where: { id: activationId }, data: { publicMapAllowed: false } });
    await expect(connected(openPublic(slug))).rejects.toThrow("not_found");
  });

  it("joins an activation room only after a permission check, and validates the payload", async () => {
    const client = open(await sessionCookie(outsider));
    await connected(client);
    expect(await join(client)).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(await client.emitWithAck("activation:join", { activationId: 42 })).toEqual({ ok: false, error: "INVALID_INPUT" });
  });

  it("shows presence live as members come and go", async () => {
    const a = open(await sessionCookie(alice));
    await connected(a);
    const first = await join(a);
    expect(first.ok && first.presence.map((p) => p.name)).toEqual(["Alice"]);

    const b = open(await sessionCookie(bruno));
    await connected(b);
    const aliceSees = nextPresence(a);
    await join(b);
    expect((await aliceSees).map((p) => p.name)).toEqual(["Alice", "Bruno"]);

    const afterLeave = nextPresence(a);
    b.close();
    expect((await afterLeave).map((p) => p.name)).toEqual(["Alice"]);
  });

  it("delivers committed events with sequence numbers, and replays what a client missed", async () => {
    const a = open(await sessionCookie(alice));
    await connected(a);
    const joined = await join(a);
    const start = joined.ok ? joined.latestSeq : -1;
    const received = new Promise((resolve) => a.once("activation:event", resolve));
    await mutate(admin, ({ emitToActivation }) => emitToActivation(activationId, "note:created", { text: "hello" }));
    expect(await received).toEqual({ activationId, seq: start + 1, type: "note:created", payload: { text: "hello" } });

    // A client that was away asks for what it missed since the last seq it saw.
    await mutate(admin, ({ emitToActivation }) => emitToActivation(activationId, "note:created", { text: "while away" }));
    const sync = (await a.emitWithAck("activation:sync", { activationId, sinceSeq: start + 1 })) as SyncResult;
    expect(sync.ok && sync.events.map((e) => e.payload)).toEqual([{ text: "while away" }]);
  });

  it("tells a deactivated user's sockets their session is over and disconnects them", async () => {
    const b = open(await sessionCookie(bruno));
    await connected(b);
    const revoked = new Promise((resolve) => b.once("session:revoked", resolve));
    const closed = new Promise((resolve) => b.once("disconnect", resolve));
    await setUserActive(admin, bruno.id, false);
    expect(await revoked).toEqual({ reason: "deactivated" });
    expect(await closed).toBe("io server disconnect");
    // The old cookie no longer opens a socket.
    await expect(connected(open(await sessionCookie(bruno)))).rejects.toThrow("unauthorized");
  });
  it("closes a socket whose session token has expired, and the page's renewed cookie opens a new one", async () => {
    const a = open(await sessionCookie(alice));
    await connected(a);
    expect((await join(a)).ok).toBe(true);
    expect(await sweepExpiredAccess(io)).toBe(0); // still valid: left alone

    const restore = setClock({ now: () => new Date(Date.now() + 31 * 86400_000) }); // past the token's 30 days
    try {
      const expired = new Promise<void>((resolve) => a.once("session:expired", () => resolve()));
      const closed = new Promise((resolve) => a.once("disconnect", resolve));
      await sweepExpiredAccess(io);
      await expired;
      expect(await closed).toBe("io server disconnect");
    } finally {
      restore();
    }
    const renewed = open(await sessionCookie(alice));
    await connected(renewed);
    expect((await join(renewed)).ok).toBe(true);
  });
  it("gives a public socket's place back however it ends, even when the client drops during the handshake", async () => {
    const { slug } = await db().activation.update({ where: { id: activationId }, data: { publicMapAllowed: true }, select: { slug: true } });
    for (let i = 0; i < 12; i++) {
      const client: Client = connect(`${baseUrl}/public`, { transports: ["websocket"], reconnection: false, forceNew: true, auth: { slug } });
      // Some close at once (mid-handshake), some once connected.
      if (i % 2 === 0) client.close();
      else client.once("connect", () => client.close());
      clients.push(client);
    }
    const held: Client = connect(`${baseUrl}/public`, { transports: ["websocket"], reconnection: false, forceNew: true, auth: { slug } });
    clients.push(held);
    await connected(held);
    await expect.poll(() => publicSockets.openSockets("127.0.0.1"), { timeout: 5_000 }).toBe(1); // only the one held
    held.close();
    await expect.poll(() => publicSockets.openSockets("127.0.0.1"), { timeout: 5_000 }).toBe(0);
  });

  // Last in the file: it spends this address's public budget, which later tests here would need.
  it("limits public sockets per address: at most 20 open at once, and no faster than the public pages' rate", async () => {
    const { slug } = await db().activation.update({ where: { id: activationId }, data: { publicMapAllowed: true }, select: { slug: true } });
    const openPublic = () => {
      const client: Client = connect(`${baseUrl}/public`, { transports: ["websocket"], reconnection: false, forceNew: true, auth: { slug } });
      clients.push(client);
      return client;
    };
    const held: Client[] = [];
    for (let i = 0; i < MAX_PUBLIC_SOCKETS_PER_IP; i++) {
      const client = openPublic();
      await connected(client);
      held.push(client);
    }
    await expect(connected(openPublic())).rejects.toThrow("too_many");
    // One closes: its place is free again.
    const gone = held.pop()!;
    gone.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const replacement = openPublic();
    await connected(replacement);
    held.push(replacement);
    for (const client of held) client.close();
    await new Promise((resolve) => setTimeout(resolve, 100));

    // Opening and closing in a loop soon runs out of the per-address budget.
    let refusal = "";
    for (let i = 0; i < 80 && !refusal; i++) {
      const client = openPublic();
      await connected(client).then(
        () => client.close(),
        (error: Error) => (refusal = error.message),
      );
    }
    expect(refusal).toBe("rate_limited");
  });
});
