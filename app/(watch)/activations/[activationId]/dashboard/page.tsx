import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CommunesTable } from "@/components/dashboard/communes-table";
import { ConfirmedMapPanel } from "@/components/dashboard/confirmed-map-panel";
import { DashboardLive } from "@/components/dashboard/dashboard-live";
import { BreakdownPanel, LatestConfirmedPanel, OpenEscalationsPanel, RelayPanel, RumoursPanel, SourcesPanel } from "@/components/dashboard/dashboard-lists";
import { KeyFigures } from "@/components/dashboard/key-figures";
import { TrendsChart } from "@/components/dashboard/trends-chart";
import { WallScreen, type WallPanel } from "@/components/dashboard/wall-screen";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { clock } from "@/lib/clock";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";

export default async function DashboardPage({ params, searchParams }: { params: Promise<{ activationId: string }>; searchParams: Promise<{ wall?: string }> }) {
  const { activationId } = await params;
  const { wall } = await searchParams;
  const { access } = await requireActivationPage(activationId);
  const [context, dashboard, t, locale] = await Promise.all([getDashboardContext(activationId), getDashboard({ activationId, now: clock().now() }), getTranslations("dashboard"), getLocale()]);
  const lang = locale === "en" ? "en" : "fr";
  const categories = context.categories.map((category) => ({ code: category.code, label: category.label[lang] }));
  const categoryLabel = (code: string) => categories.find((category) => category.code === code)?.label ?? code;
  const timeZone = context.timeZone;
  const wallMode = wall === "1";
  const linked = !wallMode;

  const panels: WallPanel[] = [
    { key: "map", title: t("panels.map"), node: <ConfirmedMapPanel reports={dashboard.map.flatMap((report) => (report.lat === null || report.lon === null ? [] : [{ id: report.id, title: report.title, lat: report.lat, lon: report.lon, severity: report.severity, current: report.currency === "CURRENT", precise: report.precision === "point", placeName: report.placeName }]))} bounds={context.bbox} tiles={context.tiles} height={wallMode ? 620 : 380} /> },
    { key: "latest", title: t("panels.latest"), node: <LatestConfirmedPanel dashboard={dashboard} activationId={activationId} categoryLabel={categoryLabel} timeZone={timeZone} linked={linked} /> },
    { key: "escalations", title: t("panels.escalations"), node: <OpenEscalationsPanel dashboard={dashboard} activationId={activationId} timeZone={timeZone} /> },
    { key: "trends", title: t("panels.trends"), node: <TrendsChart points={dashboard.trend} categories={categories} timeZone={timeZone} labels={{ posts: t("posts") }} height={wallMode ? 560 : 280} /> },
    { key: "communes", title: t("panels.communes"), node: <CommunesTable rows={dashboard.communes} categories={categories} labels={{ commune: t("communes.commune"), total: t("communes.total"), confirmed: t("communes.confirmed"), maxSeverity: t("communes.maxSeverity"), empty: t("empty.communes") }} /> },
    { key: "rumours", title: t("panels.rumours"), node: <RumoursPanel dashboard={dashboard} activationId={activationId} /> },
    { key: "relay", title: t("panels.relay"), node: <RelayPanel dashboard={dashboard} timeZone={timeZone} /> },
    { key: "breakdown", title: t("panels.breakdown"), node: <BreakdownPanel dashboard={dashboard} categoryLabel={categoryLabel} /> },
    { key: "sources", title: t("panels.sources"), node: <SourcesPanel dashboard={dashboard} timeZone={timeZone} /> },
  ];
  const figures = <KeyFigures dashboard={dashboard} />;
  const panel = (key: string, extra?: string): ReactNode => {
    const found = panels.find((item) => item.key === key)!;
    return (
      <section className={`panel ${extra ?? ""}`} data-testid={`panel-${key}`}>
        <h2>{found.title}</h2>
        {found.node}
      </section>
    );
  };

  if (wallMode) {
    return (
      <main className="page wide">
        <DashboardLive activationId={activationId} />
        <WallScreen figures={figures} panels={panels} />
      </main>
    );
  }
  return (
    <main className="page wide dashboard">
      <DashboardLive activationId={activationId} />
      <div className="dashboard-head">
        <h1>{t("title")}</h1>
        <span className="muted small">{access.capabilities.has("triage") ? "" : t("readOnly")}</span>
        <span style={{ flex: 1 }} />
        <Link className="button secondary" href={`/activations/${activationId}/sitreps`}>{t("toSitreps")}</Link>
        <Link className="button secondary" href={`/activations/${activationId}/log`}>{t("toLog")}</Link>
        <Link className="button" href={`/activations/${activationId}/dashboard?wall=1`} data-testid="wall-toggle">{t("wallMode")}</Link>
      </div>
      {figures}
      <div className="dashboard-grid">
        {panel("map", "span2")}
        {panel("escalations")}
        {panel("latest")}
        {panel("trends", "span2")}
        {panel("communes", "span2")}
        {panel("rumours")}
        {panel("relay")}
        {panel("breakdown", "span2")}
        {panel("sources")}
      </div>
    </main>
  );
}
