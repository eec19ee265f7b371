import { z } from "zod";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { zonedInputToDate } from "../team/zoned-time";
import { ACTIONS_BY_KIND, describeAuditEntry, EVENT_KINDS, EVENT_REGISTRY, LOGGED_ACTIONS, type EventKind, type Sentence } from "./event-kinds";

const MINUTE_INPUT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/**
 * A form's `datetime-local` value is wall-clock time in the activation's zone;
 * an ISO instant is taken as is. A range's end typed to the minute covers
 * that whole minute ("to 11:45" keeps what happened at 11:45:30).
 */
const zonedDate = (timeZone: string, end: "start" | "end") =>
  z
    .preprocess((value) => {
      if (typeof value !== "string" || !value) return value;
      const instant = zonedInputToDate(value, timeZone);
      return end === "end" && instant instanceof Date && MINUTE_INPUT.test(value) ? new Date(instant.getTime() + 59_999) : instant;
    }, z.coerce.date().optional())
    .catch(undefined);

/** The page's and the export's filters; `from`/`to` typed in the activation's time zone. */
export const logFilterSchema = (timeZone: string) =>
  z.object({
    kind: z.enum(EVENT_KINDS).optional().catch(undefined),
    from: zonedDate(timeZone, "start"),
    to: zonedDate(timeZone, "end"),
    q: z.string().trim().max(200).optional().catch(undefined),
  });
export type LogFilter = { kind?: EventKind; from?: Date; to?: Date; q?: string };

export type LogRow = { id: string; at: Date; kind: EventKind; actor: string; sentence: Sentence; manual: boolean };

const SYSTEM = "Système";
/** Rows the page shows (the newest); the CSV export reads on, page after page. */
export const LOG_PAGE_ROWS = 2000;

/** Where a page stopped in each source (audit entries, manual entries): the next page starts after these. */
export type LogCursor = { audit?: { at: Date; id: bigint }; manual?: { at: Date; id: bigint } };
export type LogPage = { rows: LogRow[]; next: LogCursor | null };

/** The audit actions whose kind depends on the report status they set (see reportStatus in event-kinds.ts). */
const STATUS_ACTIONS = ACTIONS_BY_KIND.confirmation;
const STATUSES = ["NEW", "IN_VERIFICATION", "CONFIRMED", "FALSE", "UNCONFIRMABLE", "DRAFT", "ACTIVE", "PAUSED", "CLOSED", "ARCHIVED"];

/**
 * The event log of an activation, newest first: audit entries the registry
 * knows, described, and the manual entries; at most 2,000 rows, the newest.
 * Kind, time range and search are applied in SQL before that limit, so an old
 * entry is found however long the log (eachEventLogPage reads it all).
 *
 * What the search reaches (accents and case ignored): a manual entry's text
 * and author; an audit entry's action and entity names ("relay.publish",
 * "Report"), its actor's name, the current name of the record it is about
 * (report, escalated report, relay message, solidarity post, map feature,
 * the person of a shift), the free text its payload carries (message,
 * answer, reason, title, label, claim, acknowledger), and the fixed words of
 * its sentence ("a confirmé", "published"…), matched per action and kind.
 * Approximate or not reached: a status name inside a sentence matches the
 * whole kind ("invérifiable" finds every verification step, whatever status
 * it set; "close" every activation status change); the generic words shown
 * when a record has no name ("une remontée") match every entry of that
 * action; a record's name as it was, when it has since been deleted and was
 * never in the payload, is not searchable. Callers check read access.
 */
export async function listEventLog(activationId: string, filter: LogFilter = {}): Promise<LogRow[]> {
  return (await readEventLogPage(activationId, filter)).rows;
}

/** The whole log matching the filter, newest first, page by page (for the CSV export). */
export async function* eachEventLogPage(activationId: string, filter: LogFilter = {}, limit = LOG_PAGE_ROWS): AsyncGenerator<LogRow[]> {
  let after: LogCursor | undefined;
  for (;;) {
    const page = await readEventLogPage(activationId, filter, { limit, after });
    if (page.rows.length) yield page.rows;
    if (!page.next) return;
    after = page.next;
  }
}

/**
 * One page of the log: each source is read after its own cursor (keyset on
 * time and id), the two are merged, and the first `limit` are kept; each
 * source's cursor moves to the last of its rows kept, so no row is skipped or
 * repeated between pages, ties in time included.
 */
export async function readEventLogPage(activationId: string, filter: LogFilter = {}, options: { limit?: number; after?: LogCursor } = {}): Promise<LogPage> {
  const limit = options.limit ?? LOG_PAGE_ROWS;
  const after = options.after ?? {};
  const needle = filter.q ? fold(filter.q) : "";
  const pattern = needle ? `%${needle.replace(/[\\%_]/g, (char) => `\\${char}`)}%` : "";
  const range = Prisma.sql`${filter.from ? Prisma.sql`AND x."at" >= ${filter.from}` : Prisma.empty} ${filter.to ? Prisma.sql`AND x."at" <= ${filter.to}` : Prisma.empty}`;
  const keyset = (cursor: { at: Date; id: bigint } | undefined) => (cursor ? Prisma.sql`AND (x."at", x."id") < (${cursor.at}, ${cursor.id})` : Prisma.empty);
  const actions = filter.kind ? ACTIONS_BY_KIND[filter.kind] : LOGGED_ACTIONS;
  const wantManual = !filter.kind || filter.kind === "manual";
  const [audits, manual] = await Promise.all([
    actions.length
      ? db().$queryRaw<{ id: bigint; action: string; entity: string; entityId: string; before: unknown; after: unknown; at: Date; actorName: string | null }[]>`
          SELECT x."id", x."action", x."entity", x."entityId", x."before", x."after", x."at", u."name" AS "actorName"
          FROM "AuditLog" x LEFT JOIN "User" u ON u."id" = x."actorId"
          WHERE x."activationId" = ${activationId}::uuid AND x."action" IN (${Prisma.join(actions)}) ${range} ${keyset(after.audit)}
            AND ${filter.kind ? kindCondition(filter.kind) : statusChanged()}
            ${needle ? Prisma.sql`AND (${auditSearch(pattern, needle, filter.kind)})` : Prisma.empty}
          ORDER BY x."at" DESC, x."id" DESC
          LIMIT ${limit}`
      : [],
    wantManual
      ? db().$queryRaw<{ id: bigint; at: Date; text: string; authorName: string }[]>`
          SELECT x."id", x."at", x."text", x."authorName"
          FROM "EventLogEntry" x
          WHERE x."activationId" = ${activationId}::uuid ${range} ${keyset(after.manual)}
            ${needle ? Prisma.sql`AND (${folded(Prisma.sql`x."text"`)} LIKE ${pattern} OR ${folded(Prisma.sql`x."authorName"`)} LIKE ${pattern} ${fold(SYSTEM).includes(needle) ? Prisma.sql`OR x."authorName" = ''` : Prisma.empty})` : Prisma.empty}
          ORDER BY x."at" DESC, x."id" DESC
          LIMIT ${limit}`
      : [],
  ]);
  // Merge both sources in one order consistent with each source's own (time, then audit before manual, then id).
  type Candidate = { source: "audit" | "manual"; at: Date; id: bigint; index: number };
  const candidates: Candidate[] = [
    ...audits.map((entry, index) => ({ source: "audit" as const, at: entry.at, id: entry.id, index })),
    ...manual.map((entry, index) => ({ source: "manual" as const, at: entry.at, id: entry.id, index })),
  ];
  candidates.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.source === b.source ? (b.id > a.id ? 1 : b.id < a.id ? -1 : 0) : a.source === "audit" ? -1 : 1));
  const kept = candidates.slice(0, limit);
  const keptAudits = kept.filter((candidate) => candidate.source === "audit").map((candidate) => audits[candidate.index]!);
  const subjects = await resolveSubjects(keptAudits);
  const rows: LogRow[] = [];
  const next: LogCursor = { ...after };
  for (const candidate of kept) {
    next[candidate.source] = { at: candidate.at, id: candidate.id };
    if (candidate.source === "manual") {
      const entry = manual[candidate.index]!;
      rows.push({ id: `m${entry.id}`, at: entry.at, kind: "manual", actor: entry.authorName || SYSTEM, sentence: { fr: entry.text, en: entry.text }, manual: true });
      continue;
    }
    const entry = audits[candidate.index]!;
    const actor = entry.actorName ?? SYSTEM;
    const line = describeAuditEntry({
      action: entry.action,
      actor,
      subject: subjects.get(`${entry.entity}:${entry.entityId}`) ?? subjectFromPayload(entry.after) ?? subjectFromPayload(entry.before),
      before: asRecord(entry.before),
      after: asRecord(entry.after),
    });
    // The SQL conditions mirror the registry; this guards against a drift between them.
    if (!line || (filter.kind && line.kind !== filter.kind)) continue;
    rows.push({ id: `a${entry.id}`, at: entry.at, kind: line.kind, actor, sentence: line.sentence, manual: false });
  }
  // Fewer candidates than the limit: both sources are read to the end.
  return { rows, next: candidates.length > limit || audits.length === limit || manual.length === limit ? next : null };
}

/** Letters with accents and their plain form, for an accent-insensitive match in SQL (no unaccent extension here). */
const ACCENTED = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝŸ";
const PLAIN = fold(ACCENTED);
const folded = (column: Prisma.Sql) => Prisma.sql`lower(translate(COALESCE(${column}, ''), ${ACCENTED}, ${PLAIN}))`;

/** The audit entries that read as one kind: report status changes split into confirmation, refutation and verification. */
function kindCondition(kind: EventKind): Prisma.Sql {
  const actions = ACTIONS_BY_KIND[kind];
  if (!actions.length) return Prisma.sql`FALSE`;
  const status = Prisma.sql`(x."after"->>'status')`;
  const changed = Prisma.sql`${status} <> '' AND ${status} IS DISTINCT FROM (x."before"->>'status')`;
  if (kind === "confirmation") return Prisma.sql`(x."action" IN (${Prisma.join(actions)}) AND ${status} = 'CONFIRMED' AND ${changed})`;
  if (kind === "refutation") return Prisma.sql`(x."action" IN (${Prisma.join(actions)}) AND ${status} = 'FALSE' AND ${changed})`;
  if (kind === "verification") return Prisma.sql`(x."action" IN (${Prisma.join(actions)}) AND ${status} NOT IN ('CONFIRMED', 'FALSE') AND ${changed})`;
  return Prisma.sql`x."action" IN (${Prisma.join(actions)})`;
}

/** Report status actions that set no new status read as nothing: left out before the limit. */
function statusChanged(): Prisma.Sql {
  return Prisma.sql`(x."action" NOT IN (${Prisma.join(STATUS_ACTIONS)}) OR ((x."after"->>'status') <> '' AND (x."after"->>'status') IS DISTINCT FROM (x."before"->>'status')))`;
}

/** An audit entry matches the search through its names, its payload's free text, its subject, or the fixed words of its sentence. */
function auditSearch(pattern: string, needle: string, kind: EventKind | undefined): Prisma.Sql {
  const like = (column: Prisma.Sql) => Prisma.sql`${folded(column)} LIKE ${pattern}`;
  const uuid = Prisma.sql`(CASE WHEN x."entityId" ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN x."entityId"::uuid END)`;
  const userId = Prisma.sql`(CASE WHEN COALESCE(x."after"->>'userId', x."before"->>'userId') ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN COALESCE(x."after"->>'userId', x."before"->>'userId')::uuid END)`;
  const payload = ["message", "answer", "reason", "title", "label", "claim", "acknowledgedByName", "by"].map((key) => like(Prisma.sql`x."after"->>${key}`));
  const before = ["title", "label", "claim"].map((key) => like(Prisma.sql`x."before"->>${key}`));
  const conditions = [
    like(Prisma.sql`x."action"`),
    like(Prisma.sql`x."entity"`),
    like(Prisma.sql`u."name"`),
    // Entries without a known actor read "Système".
    ...(fold(SYSTEM).includes(needle) ? [Prisma.sql`u."id" IS NULL`] : []),
    ...payload,
    ...before,
    Prisma.sql`(x."entity" = 'Report' AND EXISTS (SELECT 1 FROM "Report" r WHERE r."id" = ${uuid} AND ${like(Prisma.sql`r."title"`)}))`,
    Prisma.sql`(x."entity" = 'Escalation' AND EXISTS (SELECT 1 FROM "Escalation" e JOIN "Report" r ON r."id" = e."reportId" WHERE e."id" = ${uuid} AND ${like(Prisma.sql`r."title"`)}))`,
    Prisma.sql`(x."entity" = 'RelayMessage' AND EXISTS (SELECT 1 FROM "RelayMessage" m WHERE m."id" = ${uuid} AND ${like(Prisma.sql`m."title"`)}))`,
    Prisma.sql`(x."entity" = 'SolidarityItem' AND EXISTS (SELECT 1 FROM "SolidarityItem" s WHERE s."id" = ${uuid} AND ${like(Prisma.sql`s."title"`)}))`,
    Prisma.sql`(x."entity" = 'MapFeature' AND EXISTS (SELECT 1 FROM "MapFeature" f WHERE f."id" = ${uuid} AND (${like(Prisma.sql`f."label"`)} OR ${like(Prisma.sql`f."publicLabel"`)})))`,
    Prisma.sql`(x."entity" = 'Shift' AND EXISTS (SELECT 1 FROM "User" p WHERE p."id" = ${userId} AND ${like(Prisma.sql`p."name"`)}))`,
    ...sentenceWordMatches(needle, kind).map(([matchKind, action]) => Prisma.sql`(x."action" = ${action} AND ${kindCondition(matchKind)})`),
  ];
  return Prisma.join(conditions, " OR ");
}

/**
 * The (kind, action) pairs whose sentence, without actor or subject, holds the
 * searched words: "confirmé" finds the confirmations, not every status change.
 */
function sentenceWordMatches(needle: string, kind: EventKind | undefined): [EventKind, string][] {
  const pairs = new Map<string, [EventKind, string]>();
  for (const action of LOGGED_ACTIONS) {
    for (const status of [undefined, ...STATUSES]) {
      const line = EVENT_REGISTRY[action]!({ action, actor: "", subject: null, before: null, after: status ? { status } : null });
      if (!line || (kind && line.kind !== kind)) continue;
      if (fold(`${line.sentence.fr} ${line.sentence.en}`).includes(needle)) pairs.set(`${line.kind}|${action}`, [line.kind, action]);
    }
  }
  return [...pairs.values()];
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
