import { z } from "zod";
import { db } from "../db/client";
import { ACTIONS_BY_KIND, describeAuditEntry, EVENT_KINDS, LOGGED_ACTIONS, type EventKind, type Sentence } from "./event-kinds";

export const logFilterSchema = z.object({
  kind: z.enum(EVENT_KINDS).optional().catch(undefined),
  from: z.coerce.date().optional().catch(undefined),
  to: z.coerce.date().optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
});
export type LogFilter = z.infer<typeof logFilterSchema>;

export type LogRow = { id: string; at: Date; kind: EventKind; actor: string; sentence: Sentence; manual: boolean };

const SYSTEM = "Système";
const MAX_ROWS = 2000;

/**
 * The event log of an activation, newest first: audit entries the registry
 * knows, described, and the manual entries. Filtered by kind, time range and
 * a search over the sentences (accents and case ignored). Callers check read access.
 */
export async function listEventLog(activationId: string, filter: LogFilter = {}): Promise<LogRow[]> {
  const at = { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) };
  const actions = filter.kind ? ACTIONS_BY_KIND[filter.kind] : LOGGED_ACTIONS;
  const wantManual = !filter.kind || filter.kind === "manual";
  const [audits, manual] = await Promise.all([
    actions.length
      ? db().auditLog.findMany({
          where: { activationId, action: { in: actions }, at },
          orderBy: { at: "desc" },
          take: MAX_ROWS,
          select: { id: true, action: true, entity: true, entityId: true, before: true, after: true, at: true, actor: { select: { name: true } } },
        })
      : [],
    wantManual ? db().eventLogEntry.findMany({ where: { activationId, at }, orderBy: { at: "desc" }, take: MAX_ROWS }) : [],
  ]);
  const subjects = await resolveSubjects(audits);
  const rows: LogRow[] = [];
  for (const entry of audits) {
    const actor = entry.actor?.name ?? SYSTEM;
    const line = describeAuditEntry({
      action: entry.action,
      actor,
      subject: subjects.get(`${entry.entity}:${entry.entityId}`) ?? subjectFromPayload(entry.after) ?? subjectFromPayload(entry.before),
      before: asRecord(entry.before),
      after: asRecord(entry.after),
    });
    if (!line || (filter.kind && line.kind !== filter.kind)) continue;
    rows.push({ id: `a${entry.id}`, at: entry.at, kind: line.kind, actor, sentence: line.sentence, manual: false });
  }
  for (const entry of manual) rows.push({ id: `m${entry.id}`, at: entry.at, kind: "manual", actor: entry.authorName || SYSTEM, sentence: { fr: entry.text, en: entry.text }, manual: true });
  rows.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1));
  const needle = filter.q ? fold(filter.q) : "";
  const found = needle ? rows.filter((row) => fold(`${row.actor} ${row.sentence.fr} ${row.sentence.en}`).includes(needle)) : rows;
  return found.slice(0, MAX_ROWS);
}

/** Accent- and case-insensitive form for searching. */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function subjectFromPayload(value: unknown): string | null {
  const record = asRecord(value);
  const candidate = record?.title ?? record?.label ?? record?.claim;
  return typeof candidate === "string" && candidate ? candidate : null;
}

/** Names of the records the entries are about, as they read now: report and message titles, people of shifts. */
async function resolveSubjects(entries: { entity: string; entityId: string; before: unknown; after: unknown }[]): Promise<Map<string, string>> {
  const ids = (entity: string) => [...new Set(entries.filter((entry) => entry.entity === entity).map((entry) => entry.entityId))].filter((id) => z.uuid().safeParse(id).success);
  const userIds = [...new Set(entries.filter((entry) => entry.entity === "Shift").map((entry) => String(asRecord(entry.after)?.userId ?? asRecord(entry.before)?.userId ?? "")))].filter((id) => z.uuid().safeParse(id).success);
  const [reports, escalations, relays, items, features, users] = await Promise.all([
    db().report.findMany({ where: { id: { in: ids("Report") } }, select: { id: true, title: true } }),
    db().escalation.findMany({ where: { id: { in: ids("Escalation") } }, select: { id: true, report: { select: { title: true } } } }),
    db().relayMessage.findMany({ where: { id: { in: ids("RelayMessage") } }, select: { id: true, title: true } }),
    db().solidarityItem.findMany({ where: { id: { in: ids("SolidarityItem") } }, select: { id: true, title: true } }),
    db().mapFeature.findMany({ where: { id: { in: ids("MapFeature") } }, select: { id: true, label: true, publicLabel: true } }),
    db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
  ]);
  const names = new Map<string, string>();
  for (const row of reports) names.set(`Report:${row.id}`, row.title);
  for (const row of escalations) names.set(`Escalation:${row.id}`, row.report.title);
  for (const row of relays) names.set(`RelayMessage:${row.id}`, row.title);
  for (const row of items) names.set(`SolidarityItem:${row.id}`, row.title);
  for (const row of features) if (row.publicLabel || row.label) names.set(`MapFeature:${row.id}`, row.publicLabel || row.label);
  const userNames = new Map(users.map((user) => [user.id, user.name]));
  for (const entry of entries) {
    if (entry.entity !== "Shift") continue;
    const userId = String(asRecord(entry.after)?.userId ?? asRecord(entry.before)?.userId ?? "");
    const name = userNames.get(userId);
    if (name) names.set(`Shift:${entry.entityId}`, name);
  }
  return names;
}
