import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** On a report: open the solidarity board's new-item form prefilled from it (the item stays linked to the report). */
export async function SolidarityFromReport({ activationId, reportId }: { activationId: string; reportId: string }) {
  const t = await getTranslations("solidarity");
  return (
    <p className="small" data-testid="report-to-solidarity">
      <Link href={`/activations/${activationId}/solidarity?fromReport=${reportId}#new-item`}>{t("fromReportAction")}</Link>
    </p>
  );
}
