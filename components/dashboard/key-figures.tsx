import { getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/dashboard/get-dashboard";

/** The live key figures, in large type: what the crisis cell looks at first. */
export async function KeyFigures({ dashboard }: { dashboard: Dashboard }) {
  const t = await getTranslations("dashboard");
  const { figures, confirmedHour, rate, escalations, sources } = dashboard;
  // Running out of those switched on: a paused or idle source is not watching anything.
  const enabled = sources.filter((source) => source.enabled);
  const failing = enabled.filter((source) => source.status === "ERROR").length;
  const running = enabled.filter((source) => source.status === "RUNNING").length;
  const tiles: { key: string; label: string; value: string | number; tone?: string }[] = [
    { key: "confirmed", label: t("figures.confirmed"), value: figures.byStatus.CONFIRMED ?? 0, tone: "ok" },
    { key: "confirmedHour", label: t("figures.confirmedHour"), value: confirmedHour },
    { key: "inVerification", label: t("figures.inVerification"), value: (figures.byStatus.NEW ?? 0) + (figures.byStatus.IN_VERIFICATION ?? 0) },
    { key: "false", label: t("figures.false"), value: figures.byStatus.FALSE ?? 0 },
    { key: "escalations", label: t("figures.openEscalations"), value: escalations.count, tone: escalations.count ? "alert" : undefined },
    { key: "postsPerMinute", label: t("figures.postsPerMinute"), value: rate.perMinute },
    { key: "posts", label: t("figures.posts"), value: rate.total },
    { key: "sources", label: t("figures.sources"), value: `${running} / ${enabled.length}`, tone: failing ? "alert" : undefined },
  ];
  return (
    <section className="key-figures" aria-label={t("figures.title")} data-testid="key-figures">
      {tiles.map((tile) => (
        <div key={tile.key} className={`figure ${tile.tone ?? ""}`} data-testid={`figure-${tile.key}`}>
          <span className="figure-value">{tile.value}</span>
          <span className="figure-label">{tile.label}</span>
        </div>
      ))}
    </section>
  );
}
