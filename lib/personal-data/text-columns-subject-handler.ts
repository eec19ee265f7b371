import type { Tx } from "../db/client";
import { eraseSubjectInJson, mentionsSubject } from "./redact";
import type { SubjectHandler } from "./registry";

/**
 * A data-subject handler for tables whose personal data is free text (or
 * JSON): rows whose columns mention the subject as a whole word are found,
 * and erasure blanks the subject inside those columns, leaving the rest of
 * the row. Most working notes (drawings, log entries, situation reports…)
 * need exactly this, so they declare their columns instead of repeating it.
 *
 * Table and column names come from code, never from input: they are quoted
 * into the SQL; the subject is always a bound parameter.
 */
export type TextColumnsSpec = {
  kind: string;
  table: string;
  /** Text columns, and JSON ones marked `json`, that may name people. */
  columns: { name: string; json?: boolean }[];
  /** The column shown in the subject's export as a one-line summary. */
  summary: string;
  /** Tables without their own activation column (an edit of a post) leave it out. */
  activationColumn?: string;
  /** Tables edited under optimistic locking bump their version, so a form opened before the erasure cannot write the name back. */
  versioned?: boolean;
};

type Row = Record<string, unknown> & { id: string; activationId: string | null };

export function textColumnsSubjectHandler(spec: TextColumnsSpec): SubjectHandler {
  return {
    kind: spec.kind,
    find: async (tx, subject) => {
      const rows = await matchingRows(tx, spec, subject);
      return rows.map((row) => ({
        kind: spec.kind,
        id: row.id,
        activationId: row.activationId,
        summary: String(row[spec.summary] ?? "").slice(0, 120),
        data: Object.fromEntries(spec.columns.map((column) => [column.name, row[column.name]])),
      }));
    },
    erase: async (tx, subject) => {
      const rows = await matchingRows(tx, spec, subject);
      for (const row of rows) {
        const values = spec.columns.map((column) => {
          const erased = eraseSubjectInJson(row[column.name], subject).value;
          return column.json ? JSON.stringify(erased) : erased;
        });
        const sets = spec.columns.map((column, index) => `${quote(column.name)} = $${index + 2}${column.json ? "::jsonb" : ""}`);
        if (spec.versioned) sets.push(`"version" = "version" + 1`);
        await tx.$executeRawUnsafe(`UPDATE ${quote(spec.table)} SET ${sets.join(", ")} WHERE id::text = $1`, row.id, ...values);
      }
      return rows.length;
    },
  };
}

async function matchingRows(tx: Tx, spec: TextColumnsSpec, subject: string): Promise<Row[]> {
  const activation = spec.activationColumn ? `${quote(spec.activationColumn)}::text` : "NULL";
  const columns = spec.columns.map((column) => quote(column.name));
  const where = spec.columns.map((column) => `${quote(column.name)}::text ILIKE $1`).join(" OR ");
  const rows = await tx.$queryRawUnsafe<Row[]>(
    `SELECT id::text AS id, ${activation} AS "activationId", ${columns.join(", ")} FROM ${quote(spec.table)} WHERE ${where}`,
    `%${escapeLike(subject)}%`,
  );
  // ILIKE is the index-friendly first pass; the whole-word test keeps "@jeanne" safe from an erasure of "@jean".
  return rows.filter((row) => spec.columns.some((column) => mentionsSubject(row[column.name], subject)));
}

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/** The subject is matched literally: % and _ are not wildcards here. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
