import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** « Voir sur la carte »: opens the watch-room map centred on this report (nothing if it has no place). */
export async function ShowOnMapLink({ activationId, reportId, located }: { activationId: string; reportId: string; located: boolean }) {
  if (!located) return null;
  const t = await getTranslations("map");
  return (
    <>
      {" · "}
      <Link href={`/activations/${activationId}/map?report=${reportId}`} data-testid="report-show-on-map">
        🗺 {t("showOnMap")}
      </Link>
    </>
  );
}
