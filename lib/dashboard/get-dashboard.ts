import { openEscalations, relayInForce, rumoursUnderWatch, sourcesHealth } from "./activity-queries";
import { confirmedForMap, latestConfirmed } from "./confirmed-report-queries";
import { confirmedLastHour, postRate, reportFigures } from "./figure-queries";
import type { QueryScope } from "./query-scope";
import { affectedCommunes, trends } from "./trend-queries";

/** The whole dashboard, every query at once. */
export async function getDashboard(scope: QueryScope) {
  const [figures, confirmedHour, rate, escalations, sources, trend, communes, map, latest, rumourList, relay] = await Promise.all([
    reportFigures(scope),
    confirmedLastHour(scope),
    postRate(scope),
    openEscalations(scope),
    sourcesHealth(scope),
    trends(scope),
    affectedCommunes(scope),
    confirmedForMap(scope),
    latestConfirmed(scope),
    rumoursUnderWatch(scope),
    relayInForce(scope),
  ]);
  return { figures, confirmedHour, rate, escalations, sources, trend, communes, map, latest, rumours: rumourList, relay };
}
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

/** The named queries, for the benchmark (same functions the page runs). */
export const DASHBOARD_QUERIES = {
  reportFigures,
  confirmedLastHour,
  postRate,
  openEscalations,
  sourcesHealth,
  trends,
  affectedCommunes: (scope: QueryScope) => affectedCommunes(scope),
  confirmedForMap: (scope: QueryScope) => confirmedForMap(scope),
  latestConfirmed: (scope: QueryScope) => latestConfirmed(scope),
  rumoursUnderWatch: (scope: QueryScope) => rumoursUnderWatch(scope),
  relayInForce: (scope: QueryScope) => relayInForce(scope),
} satisfies Record<string, (scope: QueryScope) => Promise<unknown>>;
