"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** Picks the report a post joins (key m): the list has the focus, arrows choose, Enter attaches, Escape cancels. */
export function AttachPicker({ reports, onAttach, onCancel }: { reports: { id: string; title: string }[]; onAttach: (reportId: string) => void; onCancel: () => void }) {
  const t = useTranslations("reports");
  const [reportId, setReportId] = useState(reports[0]?.id ?? "");
  if (reports.length === 0) return <p className="muted">{t("noReportToAttach")}</p>;
  return (
    <form
      className="panel stack"
      data-testid="attach-picker"
      onSubmit={(e) => {
        e.preventDefault();
        onAttach(reportId);
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
    >
      <label>
        {t("attachTo")}
        <select
          autoFocus
          size={Math.min(8, reports.length + 1)}
          value={reportId}
          onChange={(e) => setReportId(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== "Enter") return;
            e.preventDefault();
            onAttach(reportId);
          }}
        >
          {reports.map((report) => (
            <option key={report.id} value={report.id}>
              {report.title}
            </option>
          ))}
        </select>
      </label>
      <div className="feed-bar">
        <button className="button" type="submit">
          {t("attach")}
        </button>
        <button className="button secondary" type="button" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
