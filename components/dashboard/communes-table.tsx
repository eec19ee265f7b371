"use client";

import { useState } from "react";

export type CommuneTableRow = { commune: string; total: number; confirmed: number; maxSeverity: number; byCategory: Record<string, number> };
type SortKey = "commune" | "total" | "confirmed" | "maxSeverity" | `cat:${string}`;

/** The most affected communes, sortable by any column (click a heading). */
export function CommunesTable({ rows, categories, labels }: { rows: CommuneTableRow[]; categories: { code: string; label: string }[]; labels: { commune: string; total: string; confirmed: string; maxSeverity: string; empty: string } }) {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: "confirmed", desc: true });
  const used = categories.filter((category) => rows.some((row) => row.byCategory[category.code]));
  const value = (row: CommuneTableRow, key: SortKey): number | string =>
    key.startsWith("cat:") ? (row.byCategory[key.slice(4)] ?? 0) : (row[key as "commune" | "total" | "confirmed" | "maxSeverity"]);
  const sorted = [...rows].sort((a, b) => {
    const x = value(a, sort.key);
    const y = value(b, sort.key);
    const order = typeof x === "string" ? x.localeCompare(String(y), "fr") : x - Number(y);
    return (sort.desc ? -order : order) || a.commune.localeCompare(b.commune, "fr");
  });
  const heading = (key: SortKey, text: string) => (
    <th aria-sort={sort.key === key ? (sort.desc ? "descending" : "ascending") : "none"}>
      <button type="button" className="link" onClick={() => setSort((previous) => ({ key, desc: previous.key === key ? !previous.desc : key !== "commune" }))}>
        {text}
        {sort.key === key ? (sort.desc ? " ▼" : " ▲") : ""}
      </button>
    </th>
  );
  if (rows.length === 0) return <p className="muted">{labels.empty}</p>;
  return (
    <table data-testid="communes-table" className="communes-table">
      <thead>
        <tr>
          {heading("commune", labels.commune)}
          {heading("confirmed", labels.confirmed)}
          {heading("total", labels.total)}
          {heading("maxSeverity", labels.maxSeverity)}
          {used.map((category) => heading(`cat:${category.code}`, category.label))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={row.commune}>
            <td>{row.commune}</td>
            <td>{row.confirmed}</td>
            <td>{row.total}</td>
            <td>{row.maxSeverity}</td>
            {used.map((category) => (
              <td key={category.code}>{row.byCategory[category.code] ?? 0}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
