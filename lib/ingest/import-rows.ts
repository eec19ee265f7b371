import { z } from "zod";
import { requireActivationCapability } from "../activation/get-activation-access";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import { AppError } from "../errors";
import { ingestBatch } from "./ingest-batch";
import { mapImportRow } from "./map-import-row";
import { requireOpenActivation } from "./require-open-activation";

export const importChunkSchema = z.object({
  fileName: z.string().trim().min(1).max(200),
  format: z.enum(["csv", "json", "jsonl"]),
  sourceId: z.uuid().nullable(),
  /** Index of the chunk's first row in the file, for row numbers in the error report. */
  firstRow: z.number().int().min(0),
  rows: z.array(z.unknown()).max(2000),
  /** Rows the browser could not parse at all (a broken CSV line, invalid JSON on a JSONL line). */
  parseErrors: z.array(z.object({ row: z.number().int(), reason: z.string().max(500) })).max(2000).default([]),
});

export type ImportChunkResult = { sourceId: string; stored: number; duplicates: number; errors: { row: number; reason: string }[] };

/**
 * One chunk of a file import (the browser parses the file and sends it in
 * chunks, showing progress). Every row goes through the pipeline; invalid rows
 * are dead-lettered and reported with their row number, valid ones are kept.
 * The first chunk creates the import's source; the next ones reuse it.
 */
export async function importRows(actor: SessionUser, activationId: string, input: unknown): Promise<ImportChunkResult> {
  await requireActivationCapability(actor, activationId, "triage");
  await requireOpenActivation(activationId);
  const chunk = importChunkSchema.parse(input);
  let sourceId = chunk.sourceId;
  if (sourceId) {
    const source = await db().source.findFirst({ where: { id: sourceId, activationId, kind: "FILE_IMPORT" } });
    if (!source) throw new AppError("NOT_FOUND", "source_not_found");
  } else {
    sourceId = (await db().source.create({ data: { activationId, kind: "FILE_IMPORT", name: `Import ${chunk.fileName}`, config: { fileName: chunk.fileName, importedBy: actor.id } } })).id;
  }
  // Rows the browser could not parse arrive as null: reported from parseErrors, not ingested.
  const kept = chunk.rows.map((row, index) => ({ row, index })).filter(({ row }) => row !== null);
  // An import adds posts; it may not edit or delete what other sources brought.
  const payloads = kept.map(({ row }) => postsOnly(mapImportRow(row, chunk.format, "import")));
  const result = await ingestBatch({ activationId, sourceId, payloads });
  if (chunk.parseErrors.length) {
    await db().deadLetter.createMany({ data: chunk.parseErrors.map((e) => ({ activationId, sourceId, payload: { row: e.row }, reason: `row ${e.row}: ${e.reason}` })) });
  }
  return {
    sourceId,
    stored: result.stored,
    duplicates: result.duplicates,
    errors: [...chunk.parseErrors, ...result.deadLettered.map((d) => ({ row: chunk.firstRow + kept[d.index].index + 1, reason: d.reason }))].sort((a, b) => a.row - b.row),
  };
}

export function postsOnly(payload: unknown): unknown {
  if (payload && typeof payload === "object" && !Array.isArray(payload) && "kind" in payload && (payload as { kind: unknown }).kind !== "post") {
    return { ...(payload as object), kind: "post" };
  }
  return payload;
}
