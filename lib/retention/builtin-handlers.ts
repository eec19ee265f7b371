import { Prisma } from "../db/generated/client";
import { registerEnrichmentRetention } from "../enrich/enrichment-retention";
import { registerEscalationRetention } from "../escalation/escalation-retention";
import { registerEventLogRetention } from "../eventlog/event-log-retention";
import { registerPostRetention } from "../ingest/post-retention";
import { registerMapRetention } from "../map/map-retention";
import { registerRelayRetention } from "../relay/relay-retention";
import { registerSitrepRetention } from "../sitrep/sitrep-retention";
import { registerReportRetention } from "../verify/report-retention";
import { registerSolidarityRetention } from "../solidarity/solidarity-retention";
import { eraseSubjectInJson, mentionsSubject, redactPersonalFields, REDACTED } from "../personal-data/redact";
import { registerPurger, registerSubjectHandler } from "../personal-data/registry";
import { escapeLike, textColumnsSubjectHandler } from "../personal-data/text-columns-subject-handler";

/**
 * The personal data Vigie holds: audit-log snapshots, handover notes, and the
 * kinds whose modules register themselves here (posts…). Later issues add
 * theirs (media, reports…) next to their tables, and one line here.
 */
export function registerBuiltinRetentionHandlers(): void {
  registerPostRetention();
  registerEnrichmentRetention();
  registerReportRetention();
  registerSolidarityRetention();
  registerEscalationRetention();
  registerMapRetention();
  registerEventLogRetention();
  registerSitrepRetention();
  registerRelayRetention();
  registerPurger({
    kind: "audit_snapshots",
    purge: async ({ tx, activationId }) => {
      const rows = await tx.auditLog.findMany({ where: { activationId }, select: { id: true, before: true, after: true } });
      let touched = 0;
      for (const row of rows) {
        const before = redactPersonalFields(row.before);
        const after = redactPersonalFields(row.after);
        if (before.redacted + after.redacted === 0) continue;
        await tx.auditLog.update({ where: { id: row.id }, data: { before: asJson(before.value), after: asJson(after.value) } });
        touched++;
      }
      return touched;
    },
  });

  registerPurger({
    kind: "activation_events",
    // The replay log of live events carries names and reasons: it goes with the activation's personal data.
    purge: async ({ tx, activationId }) => (await tx.activationEvent.deleteMany({ where: { activationId } })).count,
  });

  registerPurger({
    kind: "handover_notes",
    purge: async ({ tx, activationId }) => {
      // Notes name callers, victims and addresses: nothing of them is kept.
      const result = await tx.handoverNote.updateMany({ where: { activationId, body: { not: REDACTED } }, data: { body: REDACTED } });
      return result.count;
    },
  });

  registerSubjectHandler({
    kind: "audit_snapshots",
    find: async (tx, subject) => {
      const rows = await tx.$queryRaw<{ id: bigint; activationId: string | null; action: string; before: unknown; after: unknown }[]>`
        SELECT id, "activationId", action, before, after FROM "AuditLog"
        WHERE before::text ILIKE ${"%" + escapeLike(subject) + "%"} OR after::text ILIKE ${"%" + escapeLike(subject) + "%"}`;
      return rows.filter((row) => mentionsSubject(row.before, subject) || mentionsSubject(row.after, subject)).map((row) => ({
        kind: "audit_snapshots",
        id: row.id.toString(),
        activationId: row.activationId,
        summary: row.action,
        data: { before: row.before, after: row.after },
      }));
    },
    erase: async (tx, subject) => {
      const rows = await tx.$queryRaw<{ id: bigint; before: unknown; after: unknown }[]>`
        SELECT id, before, after FROM "AuditLog" WHERE before::text ILIKE ${"%" + escapeLike(subject) + "%"} OR after::text ILIKE ${"%" + escapeLike(subject) + "%"}`;
      let erased = 0;
      for (const row of rows) {
        const before = eraseSubjectInJson(row.before, subject);
        const after = eraseSubjectInJson(row.after, subject);
        if (before.erased + after.erased === 0) continue;
        await tx.auditLog.update({ where: { id: row.id }, data: { before: asJson(before.value), after: asJson(after.value) } });
        erased++;
      }
      return erased;
    },
  });

  registerSubjectHandler({
    kind: "activation_events",
    find: async (tx, subject) => {
      const rows = await tx.$queryRaw<{ activationId: string; seq: number; type: string; payload: unknown }[]>`
        SELECT "activationId", seq, type, payload FROM "ActivationEvent" WHERE payload::text ILIKE ${"%" + escapeLike(subject) + "%"}`;
      return rows.filter((row) => mentionsSubject(row.payload, subject)).map((row) => ({ kind: "activation_events", id: `${row.activationId}:${row.seq}`, activationId: row.activationId, summary: row.type, data: row.payload }));
    },
    erase: async (tx, subject) => {
      const rows = await tx.$queryRaw<{ activationId: string; seq: number; payload: unknown }[]>`
        SELECT "activationId", seq, payload FROM "ActivationEvent" WHERE payload::text ILIKE ${"%" + escapeLike(subject) + "%"}`;
      const matching = rows.filter((row) => mentionsSubject(row.payload, subject));
      for (const row of matching) await tx.activationEvent.delete({ where: { activationId_seq: { activationId: row.activationId, seq: row.seq } } });
      return matching.length;
    },
  });

  registerSubjectHandler(
    textColumnsSubjectHandler({ kind: "handover_notes", table: "HandoverNote", columns: [{ name: "body" }], summary: "body", activationColumn: "activationId" }),
  );
}

function asJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.JsonNull {
  return value === null || value === undefined ? Prisma.JsonNull : (value as Prisma.InputJsonValue);
}

