"use client";

import Papa from "papaparse";
import { useTranslations } from "next-intl";
import { useState } from "react";

const CHUNK = 500;
type RowError = { row: number; reason: string };

/** Parses a CSV, JSON or JSONL file in the browser and sends it in chunks, with progress and a per-row error report. */
export function FileImport({ activationId }: { activationId: string }) {
  const t = useTranslations("import");
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<{ stored: number; duplicates: number } | null>(null);
  const [errors, setErrors] = useState<RowError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  async function run(file: File) {
    setSummary(null);
    setErrors([]);
    setFailure(null);
    const format = file.name.toLowerCase().endsWith(".csv") ? "csv" : file.name.toLowerCase().endsWith(".jsonl") ? "jsonl" : "json";
    const { rows, parseErrors } = parse(await file.text(), format);
    if (rows === null) return setFailure(t("unreadable"));
    setProgress({ done: 0, total: rows.length });
    let sourceId: string | null = null;
    let stored = 0;
    let duplicates = 0;
    const allErrors: RowError[] = [];
    for (let offset = 0; offset < rows.length || (offset === 0 && parseErrors.length); offset += CHUNK) {
      const chunkErrors = parseErrors.filter((e) => e.row > offset && e.row <= offset + CHUNK);
      const response: Response = await fetch(`/api/activations/${activationId}/import`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ fileName: file.name, format, sourceId, firstRow: offset, rows: rows.slice(offset, offset + CHUNK).map((r) => r.value), parseErrors: chunkErrors }),
      });
      const result = (await response.json()) as { sourceId: string; stored: number; duplicates: number; errors: RowError[]; error?: { message?: string } };
      if (!response.ok) return setFailure(result.error?.message ?? t("failed"));
      sourceId = result.sourceId;
      stored += result.stored;
      duplicates += result.duplicates;
      allErrors.push(...result.errors);
      setProgress({ done: Math.min(offset + CHUNK, rows.length), total: rows.length });
      setErrors([...allErrors]);
      if (rows.length === 0) break;
    }
    setSummary({ stored, duplicates });
  }

  return (
    <div className="stack" style={{ maxWidth: 640 }}>
      <label>
        {t("file")}
        <input type="file" accept=".csv,.json,.jsonl,text/csv,application/json" onChange={(e) => e.target.files?.[0] && void run(e.target.files[0])} />
      </label>
      <p className="muted small">{t("formats")}</p>
      {progress ? (
        <div>
          <progress max={progress.total || 1} value={progress.done} aria-label={t("progress")} style={{ width: "100%" }} />
          <span className="small" data-testid="import-progress">
            {t("rows", { done: progress.done, total: progress.total })}
          </span>
        </div>
      ) : null}
      {failure ? <p className="alert error">{failure}</p> : null}
      {summary ? (
        <p className="alert ok" data-testid="import-summary">
          {t("summary", { stored: summary.stored, duplicates: summary.duplicates, errors: errors.length })}
        </p>
      ) : null}
      {errors.length ? (
        <table data-testid="import-errors">
          <thead>
            <tr>
              <th>{t("row")}</th>
              <th>{t("reason")}</th>
            </tr>
          </thead>
          <tbody>
            {errors.slice(0, 200).map((error) => (
              <tr key={`${error.row}-${error.reason}`}>
                <td>{error.row}</td>
                <td className="small">{error.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

function parse(text: string, format: "csv" | "json" | "jsonl"): { rows: { value: unknown }[] | null; parseErrors: RowError[] } {
  if (format === "csv") {
    const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    const broken = new Set(result.errors.map((e) => e.row ?? -1));
    return {
      rows: result.data.map((value, index) => ({ value: broken.has(index) ? null : value })),
      parseErrors: result.errors.filter((e) => e.row !== undefined).map((e) => ({ row: (e.row ?? 0) + 1, reason: e.message })),
    };
  }
  if (format === "jsonl") {
    const rows: { value: unknown }[] = [];
    const parseErrors: RowError[] = [];
    text.split("\n").forEach((line, index) => {
      if (!line.trim()) return;
      try {
        rows.push({ value: JSON.parse(line) });
      } catch {
        rows.push({ value: null });
        parseErrors.push({ row: rows.length, reason: `line ${index + 1}: invalid JSON` });
      }
    });
    return { rows, parseErrors };
  }
  try {
    const data = JSON.parse(text);
    const list = Array.isArray(data) ? data : Array.isArray(data?.events) ? data.events : [data];
    return { rows: list.map((value: unknown) => ({ value })), parseErrors: [] };
  } catch {
    return { rows: null, parseErrors: [] };
  }
}
