import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Server } from "socket.io";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { changeActivationStatus } from "../../../lib/activation/change-activation-status";
import type { SessionUser } from "../../../lib/auth/session-user";
import { db } from "../../../lib/db/client";
import { closePgPool } from "../../../lib/db/pg-pool";
import { acknowledgeByLink } from "../../../lib/escalation/acknowledge-by-link";
import { acknowledgeEscalation } from "../../../lib/escalation/acknowledge-escalation";
import { escalateReport } from "../../../lib/escalation/escalate-report";
import { getLinkEscalation } from "../../../lib/escalation/get-link-escalation";
import { listEscalations } from "../../../lib/escalation/list-escalations";
import { listOpenAlertsForAuthority } from "../../../lib/escalation/list-open-alerts";
import { escalationEmailsSettled } from "../../../lib/escalation/deliver-escalation-emails";
import { AlreadyAcknowledgedError } from "../../../lib/escalation/record-acknowledgement";
import { renotifyEscalations } from "../../../lib/escalation/renotify-escalations";
import { signAcknowledgeLink } from "../../../lib/escalation/signed-link";
import { updateEscalationSettings } from "../../../lib/escalation/update-escalation-settings";
import { ingestBatch } from "../../../lib/ingest/ingest-batch";
import { eraseSubjectData, findSubjectData } from "../../../lib/retention/subject-requests";
import type { ClientToServerEvents, EscalationAlert, ServerToClientEvents } from "../../../lib/realtime/events";
import { createSocketServer } from "../../../lib/realtime/socket-server";
import { createReport } from "../../../lib/verify/create-report";
import { startFakeSmtp, type FakeSmtp } from "../../fakes/smtp";
import { createOrganization, createUser, createWatchRoom, resetDatabase, sessionCookie, TEST_SECRET } from "../helpers/fixtures";

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const ON_DUTY = ["astreinte@prefecture.test", "cogic@prefecture.test"];
const MINUTE = 60_000;
let smtp: FakeSmtp;
let volunteer: SessionUser;
let coordinator: SessionUser;
let prefect: SessionUser;
let foreignPrefect: SessionUser;
let activationId: string;
let reportId: string;

beforeAll(async () => {
  smtp = await startFakeSmtp();
  process.env.VIGIE_SMTP_URL = smtp.url;
  process.env.VIGIE_MAIL_FROM = "Vigie <vigie@association.test>";
  process.env.VIGIE_PUBLIC_URL = "https://vigie.example.org/";
  process.env.AUTH_SECRET = TEST_SECRET;
});

afterAll(async () => {
  delete process.env.VIGIE_SMTP_URL;
  await smtp.close();
  await closePgPool();
});

// E-mails leave after the escalation's commit: let them finish before the next test empties the tables.
afterEach(() => escalationEmailsSettled());

beforeEach(async () => {
  await resetDatabase();
  smtp.clear();
  const room = await createWatchRoom({ volunteers: ["Véra Bénévole"], coordinator: "Camille", authority: "Paul Préfecture" });
  ({ coordinator, activationId } = room);
  [volunteer] = room.volunteers;
  prefect = room.authority!;
  const otherPrefecture = await createOrganization("PREFECTURE");
  foreignPrefect = await createUser({ role: "AUTHORITY", organizationId: otherPrefecture.id, name: "Autre Préfecture" });
  await db().activation.update({ where: { id: activationId }, data: { reportCategories: [{ code: "people_in_danger", label: { fr: "Personnes en danger", en: "People in danger" } }] } });
  await updateEscalationSettings(coordinator, activationId, { onDutyEmails: ON_DUTY, escalationRenotifyMinutes: 10 });
  const ingested = await ingestBatch({
    activationId,
    sourceId: null,
    payloads: [{ network: "x", externalId: "t1", author: { handle: "@riverain40" }, text: "Famille bloquée sur le toit rue des Arènes, l'eau monte vite", postedAt: new Date().toISOString() }],
  });
  reportId = (await createReport(volunteer, activationId, { title: "Famille sur un toit à Dax", category: "people_in_danger", severity: 4, postIds: ingested.storedIds, location: { lat: 43.71, lon: -1.05, precision: "commune", placeName: "Dax" } })).id;
});

const linkOf = (text: string) => {
  const match = text.match(/https:\/\/vigie\.example\.org\/acknowledge\/(\S+)/);
  if (!match) throw new Error(`no link in: ${text}`);
  return match[1];
};

describe("urgent escalation", () => {
  it("e-mails every on-duty address after commit with a signed link and only the report's facts, and refuses a second open escalation", async () => {
    const result = await escalateReport(volunteer, activationId, reportId, { message: "Secours pas encore sur place selon les riverains" });
    expect(result).toMatchObject({ authoritiesOnline: 0, email: "pending", emailRecipients: 2 });
    const mails = await smtp.waitForMessages(2);
    expect(mails.map((m) => m.to[0]).sort()).toEqual([...ON_DUTY].sort());
    for (const mail of mails) {
      expect(mail.from).toBe("vigie@association.test");
      expect(mail.subject).toContain("Famille sur un toit à Dax");
      expect(mail.text).toContain("Personnes en danger");
      expect(mail.text).toContain("Dax");
      expect(mail.text).toContain("Secours pas encore sur place selon les riverains");
      // Never the posts' authors or text.
      expect(mail.raw).not.toContain("riverain40");
      expect(mail.text).not.toContain("rue des Arènes");
      const check = await getLinkEscalation(linkOf(mail.text));
      expect(check).toMatchObject({ ok: true, address: mail.to[0], status: "OPEN", reportTitle: "Famille sur un toit à Dax" });
    }
    const stored = await db().escalation.findUniqueOrThrow({ where: { id: result.escalationId } });
    expect(stored).toMatchObject({ status: "OPEN", emailState: "sent", emailPendingTo: [], emailAttempts: 1 });
    expect((await db().report.findUniqueOrThrow({ where: { id: reportId } })).escalated).toBe(true);
    expect(await db().auditLog.count({ where: { action: "escalation.create", entityId: result.escalationId } })).toBe(1);

    await expect(escalateReport(coordinator, activationId, reportId, { message: "Encore" })).rejects.toThrow("escalation_already_open");
    await expect(escalateReport(volunteer, activationId, reportId, { message: "" })).rejects.toThrow("escalation_message_required");
    await expect(escalateReport(volunteer, activationId, reportId, { message: "x".repeat(501) })).rejects.toThrow("escalation_message_too_long");
    expect(await db().escalation.count()).toBe(1);
  });

  it("lets a signed link acknowledge once; a second use is refused with who answered first", async () => {
    const { escalationId } = await escalateReport(volunteer, activationId, reportId, { message: "Urgent" });
    const [first, second] = await smtp.waitForMessages(2);
    const done = await acknowledgeByLink(linkOf(first.text), { preset: "rescue_engaged", text: "Hélicoptère en route", name: "Cdt Martin" });
    expect(done.acknowledgedByName).toBe(`Cdt Martin (${first.to[0]})`);
    expect(done.answer).toBe("Secours engagés — Hélicoptère en route");

    const again = acknowledgeByLink(linkOf(first.text), { preset: "already_known" });
    await expect(again).rejects.toBeInstanceOf(AlreadyAcknowledgedError);
    const other = await acknowledgeByLink(linkOf(second.text), { preset: "no_action" }).catch((error: unknown) => error);
    expect(other).toBeInstanceOf(AlreadyAcknowledgedError);
    expect((other as AlreadyAcknowledgedError).first.acknowledgedByName).toBe(`Cdt Martin (${first.to[0]})`);

    const page = await getLinkEscalation(linkOf(second.text));
    expect(page).toMatchObject({ ok: true, status: "ACKNOWLEDGED", acknowledgedByName: `Cdt Martin (${first.to[0]})`, answer: "Secours engagés — Hélicoptère en route" });
    const [view] = await listEscalations(volunteer, activationId);
    expect(view).toMatchObject({ id: escalationId, status: "ACKNOWLEDGED", answer: "Secours engagés — Hélicoptère en route" });
    expect(await db().auditLog.count({ where: { action: "escalation.acknowledge", entityId: escalationId } })).toBe(1);
  });

  it("refuses a tampered or expired link and changes nothing", async () => {
    const { escalationId } = await escalateReport(volunteer, activationId, reportId, { message: "Urgent" });
    const [mail] = await smtp.waitForMessages(1);
    const token = linkOf(mail.text);
    const [id, address, expiry, signature] = token.split(".");
    const forgedAddress = `${id}.${Buffer.from("intrus@example.org").toString("base64url")}.${expiry}.${signature}`;
    const flipped = `${id}.${address}.${expiry}.${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
    const later = `${id}.${address}.${Number(expiry) + 3600}.${signature}`;
    for (const bad of [forgedAddress, flipped, later, "nonsense", `${token}x`]) {
      expect(await getLinkEscalation(bad)).toEqual({ ok: false, reason: "invalid" });
      await expect(acknowledgeByLink(bad, { preset: "already_known" })).rejects.toThrow("escalation_link_invalid");
    }
    const expired = signAcknowledgeLink({ escalationId, address: ON_DUTY[0], expiresAt: new Date(Date.now() - MINUTE) }, TEST_SECRET);
    expect(await getLinkEscalation(expired)).toEqual({ ok: false, reason: "expired" });
    await expect(acknowledgeByLink(expired, { preset: "already_known" })).rejects.toThrow("escalation_link_expired");
    expect((await db().escalation.findUniqueOrThrow({ where: { id: escalationId } })).status).toBe("OPEN");
  });

  it("is acknowledged in the app by the activation's authority only; another organisation's authority neither sees nor acknowledges", async () => {
    const { escalationId } = await escalateReport(volunteer, activationId, reportId, { message: "Urgent" });
    await expect(listEscalations(foreignPrefect, activationId)).rejects.toThrow("Activation not found");
    await expect(acknowledgeEscalation(foreignPrefect, activationId, escalationId, { preset: "already_known" })).rejects.toThrow("Activation not found");
    await expect(acknowledgeEscalation(volunteer, activationId, escalationId, { preset: "already_known" })).rejects.toThrow("Missing right: acknowledge");
    await expect(acknowledgeEscalation(prefect, activationId, escalationId, { text: "" })).rejects.toThrow("escalation_answer_required");
    expect((await listEscalations(prefect, activationId)).map((e) => e.id)).toEqual([escalationId]);

    const done = await acknowledgeEscalation(prefect, activationId, escalationId, { preset: "taken_into_account" });
    expect(done).toMatchObject({ acknowledgedByName: "Paul Préfecture", answer: "Pris en compte" });
    const stored = await db().escalation.findUniqueOrThrow({ where: { id: escalationId } });
    expect(stored).toMatchObject({ status: "ACKNOWLEDGED", acknowledgedById: prefect.id });
    // Once settled, the report can be escalated again.
    await expect(escalateReport(volunteer, activationId, reportId, { message: "Nouvelle aggravation" })).resolves.toMatchObject({ email: "pending" });
  });

  it("re-notifies an unacknowledged escalation after the activation's delay, re-sending the e-mail, and retries a failed e-mail", async () => {
    smtp.failNext(2);
    const { escalationId } = await escalateReport(volunteer, activationId, reportId, { message: "Urgent" });
    // Both sends were refused: recorded, nothing lost.
    await expect.poll(async () => (await db().escalation.findUniqueOrThrow({ where: { id: escalationId } })).emailState).toBe("failed");
    const failed = await db().escalation.findUniqueOrThrow({ where: { id: escalationId } });
    expect(failed.emailPendingTo.sort()).toEqual([...ON_DUTY].sort());
    expect(failed.emailError).toContain("451");
    expect(smtp.messages).toHaveLength(0);

    const start = failed.createdAt.getTime();
    expect(await renotifyEscalations({ now: new Date(start + 30_000) })).toEqual({ renotified: [], retried: [] });
    expect(await renotifyEscalations({ now: new Date(start + 2 * MINUTE) })).toEqual({ renotified: [], retried: [escalationId] });
    expect((await smtp.waitForMessages(2)).map((m) => m.subject.startsWith("[RELANCE")).some(Boolean)).toBe(false);
    expect((await db().escalation.findUniqueOrThrow({ where: { id: escalationId } })).emailState).toBe("sent");

    expect((await renotifyEscalations({ now: new Date(start + 9 * MINUTE) })).renotified).toEqual([]);
    expect((await renotifyEscalations({ now: new Date(start + 10 * MINUTE) })).renotified).toEqual([escalationId]);
    const mails = await smtp.waitForMessages(4);
    expect(mails.slice(2).every((m) => m.subject.startsWith("[RELANCE 1]"))).toBe(true);
    const renotified = await db().escalation.findUniqueOrThrow({ where: { id: escalationId } });
    expect(renotified).toMatchObject({ notifyCount: 2, emailState: "sent" });
    expect(renotified.lastNotifiedAt.getTime()).toBe(start + 10 * MINUTE);
    // Same pass again at the same time: nothing due; the next one comes a delay later.
    expect((await renotifyEscalations({ now: new Date(start + 15 * MINUTE) })).renotified).toEqual([]);
    expect(await db().auditLog.count({ where: { action: "escalation.renotify", entityId: escalationId } })).toBe(1);

    await acknowledgeEscalation(prefect, activationId, escalationId, { preset: "already_known" });
    expect((await renotifyEscalations({ now: new Date(start + 60 * MINUTE) })).renotified).toEqual([]);
  });

  it("sends again to every on-duty address when a send never reported back (the process died mid-send)", async () => {
    const { escalationId } = await escalateReport(volunteer, activationId, reportId, { message: "Urgent" });
    await smtp.waitForMessages(2);
    await escalationEmailsSettled();
    smtp.clear();
    // As a killed process leaves it: claimed (addresses taken off the list), never finished.
    const claimedAt = new Date();
    await db().escalation.update({ where: { id: escalationId }, data: { emailState: "sending", emailPendingTo: [], emailLastAttemptAt: claimedAt } });
    expect((await renotifyEscalations({ now: new Date(claimedAt.getTime() + 60_000) })).retried).toEqual([]);
    expect((await renotifyEscalations({ now: new Date(claimedAt.getTime() + 6 * MINUTE) })).retried).toEqual([escalationId]);
    expect((await smtp.waitForMessages(2)).flatMap((m) => m.to).sort()).toEqual([...ON_DUTY].sort());
    expect((await db().escalation.findUniqueOrThrow({ where: { id: escalationId } })).emailState).toBe("sent");
  });

  it("blanks a person named in an escalation on a data-subject request", async () => {
    const admin = await createUser({ role: "ADMIN", organizationId: (await createOrganization()).id });
    const { escalationId } = await escalateReport(volunteer, activationId, reportId, { message: "Signalé par @riverain40 qui est sur place" });
    await acknowledgeEscalation(prefect, activationId, escalationId, { text: "Rappeler @riverain40" });
    expect((await findSubjectData(admin, { subject: "@riverain40" })).items.filter((i) => i.kind === "escalations").map((i) => i.id)).toEqual([escalationId]);
    expect((await eraseSubjectData(admin, { subject: "@riverain40" })).escalations).toBe(1);
    const stored = await db().escalation.findUniqueOrThrow({ where: { id: escalationId } });
    expect(`${stored.message} ${stored.answer}`).not.toContain("riverain40");
  });

  it("stops sounding the authority's alarm once its activation is closed", async () => {
    const { escalationId } = await escalateReport(volunteer, activationId, reportId, { message: "Urgent" });
    expect((await listOpenAlertsForAuthority(prefect)).map((alert) => alert.escalationId)).toEqual([escalationId]);
    await changeActivationStatus(coordinator, activationId, { to: "CLOSED", reason: "Décrue" });
    expect(await listOpenAlertsForAuthority(prefect)).toEqual([]);
    // Still listed on the activation's page, within the authority's grace period.
    expect((await listEscalations(prefect, activationId)).map((e) => e.id)).toEqual([escalationId]);
  });

  it("is refused once the activation is closed", async () => {
    await db().activation.update({ where: { id: activationId }, data: { status: "CLOSED", closedAt: new Date() } });
    await expect(escalateReport(volunteer, activationId, reportId, { message: "Urgent" })).rejects.toThrow("escalation_activation_not_running");
    expect(await db().escalation.count()).toBe(0);
  });

  it("says e-mail is off when no SMTP server is configured", async () => {
    delete process.env.VIGIE_SMTP_URL;
    try {
      const result = await escalateReport(volunteer, activationId, reportId, { message: "Urgent" });
      expect(result).toMatchObject({ email: "off", emailRecipients: 0 });
      expect((await db().escalation.findUniqueOrThrow({ where: { id: result.escalationId } })).emailState).toBe("off");
    } finally {
      process.env.VIGIE_SMTP_URL = smtp.url;
    }
  });
});

describe("escalation alerts on sockets", () => {
  let http: HttpServer;
  let io: Server;
  let baseUrl: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    http = createServer();
    io = createSocketServer(http, { secret: TEST_SECRET });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    clients.forEach((client) => client.close());
    io.close();
    await new Promise((resolve) => http.close(resolve));
  });

  const open = async (user: SessionUser) => {
    const client: Client = connect(baseUrl, { transports: ["websocket"], extraHeaders: { cookie: await sessionCookie(user) }, reconnection: false });
    clients.push(client);
    await new Promise<void>((resolve, reject) => {
      client.once("connect", () => resolve());
      client.once("connect_error", reject);
    });
    return client;
  };

  it("reaches the authority user's socket at once (without joining the room), tells the volunteer one is online, and never reaches another organisation", async () => {
    const authority = await open(prefect);
    const foreign = await open(foreignPrefect);
    const foreignAlerts: EscalationAlert[] = [];
    foreign.on("escalation:alert", (alert) => foreignAlerts.push(alert));
    const received = new Promise<EscalationAlert>((resolve) => authority.once("escalation:alert", resolve));
    const result = await escalateReport(volunteer, activationId, reportId, { message: "Personnes sur un toit" });
    expect(result.authoritiesOnline).toBe(1);
    const alert = await received;
    expect(alert).toMatchObject({ escalationId: result.escalationId, activationId, reportId, reportTitle: "Famille sur un toit à Dax", categoryLabel: "Personnes en danger", placeName: "Dax", message: "Personnes sur un toit", status: "OPEN", createdByName: "Véra Bénévole" });

    // The acknowledgement closes the alert on every authority screen.
    const settled = new Promise<EscalationAlert>((resolve) => authority.once("escalation:alert", resolve));
    await acknowledgeEscalation(prefect, activationId, result.escalationId, { preset: "rescue_engaged" });
    expect(await settled).toMatchObject({ status: "ACKNOWLEDGED", acknowledgedByName: "Paul Préfecture" });
    expect(foreignAlerts).toEqual([]);
  });
});
