import Link from "next/link";
import { useTranslations } from "next-intl";

/** The rebuttals of a rumour or report, with their workflow status, linking to the relay page. */
export function RebuttalList({ activationId, rebuttals }: { activationId: string; rebuttals: { id: string; title: string; status: string }[] }) {
  const t = useTranslations("relay");
  if (rebuttals.length === 0) return <p className="muted small">{t("rebuttal.none")}</p>;
  return (
    <ul data-testid="rebuttal-list">
      {rebuttals.map((rebuttal) => (
        <li key={rebuttal.id}>
          <Link href={`/activations/${activationId}/relay#relay-${rebuttal.id}`}>{rebuttal.title}</Link> — <span data-testid="rebuttal-status">{t(`statuses.${rebuttal.status}` as "statuses.DRAFT")}</span>
        </li>
      ))}
    </ul>
  );
}
