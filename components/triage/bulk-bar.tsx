"use client";

import { useTranslations } from "next-intl";
import { INFORMATION_TYPES, type InformationType } from "@/lib/enrich/information-types";

type Props = {
  count: number;
  reports: { id: string; title: string }[];
  onState: (state: "DISCARDED" | "HANDLED") => void;
  onCategorise: (category: InformationType) => void;
  onAttach: (reportId: string) => void;
};

/** Actions on a selection of the queue: discard, mark handled, set a type, attach to a report. */
export function BulkBar({ count, reports, onState, onCategorise, onAttach }: Props) {
  const t = useTranslations("triage");
  const types = useTranslations("infoTypes");
  return (
    <div className="feed-bar" data-testid="bulk-bar">
      <span>{t("selectedCount", { count })}</span>
      <button className="button secondary" onClick={() => onState("DISCARDED")}>
        {t("bulkDiscard")}
      </button>
      <button className="button secondary" onClick={() => onState("HANDLED")}>
        {t("bulkHandled")}
      </button>
      <select aria-label={t("bulkCategorise")} value="" onChange={(e) => e.target.value && onCategorise(e.target.value as InformationType)}>
        <option value="">{t("bulkCategorise")}</option>
        {INFORMATION_TYPES.filter((type) => type !== "NOT_RELEVANT").map((type) => (
          <option key={type} value={type}>
            {types(type)}
          </option>
        ))}
      </select>
      {reports.length ? (
        <select aria-label={t("bulkAttach")} value="" onChange={(e) => e.target.value && onAttach(e.target.value)}>
          <option value="">{t("bulkAttach")}</option>
          {reports.map((report) => (
            <option key={report.id} value={report.id}>
              {report.title}
            </option>
          ))}
        </select>
      ) : null}
    </div>
  );
}
