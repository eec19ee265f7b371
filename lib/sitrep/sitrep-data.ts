import type { EscalationRow, RelayRow, RumourRow } from "../dashboard/activity-queries";
import type { ConfirmedReport } from "../dashboard/confirmed-report-queries";
import type { ReportFigures } from "../dashboard/figure-queries";
import type { CommuneRow } from "../dashboard/trend-queries";

/**
 * What a situation report froze when it was generated (SituationReport.data).
 * Dates are ISO strings: the snapshot is JSON and must read the same forever.
 */
export type SitrepData = {
  schema: 1;
  asOf: string;
  activation: { name: string; ownerOrganization: string; timeZone: string; bbox: [number, number, number, number]; hazard: string };
  categories: { code: string; fr: string; en: string }[];
  figures: ReportFigures & { confirmedLastHour: number; openEscalations: number; postsTotal: number; postsPerMinute: number };
  /** Every confirmed report as of `asOf` (snapshots made before this field existed were cut at 1,000). */
  confirmed: Jsonify<ConfirmedReport>[];
  /** True when `confirmed` holds them all; absent in older snapshots. */
  confirmedComplete?: true;
  communes: CommuneRow[];
  /** The latest escalations (open ones first), at most 200; `escalationsTotal` says how many there were. */
  escalations: Jsonify<EscalationRow>[];
  escalationsTotal?: number;
  rumours: Jsonify<RumourRow>[];
  relay: Jsonify<RelayRow>[];
};

type Jsonify<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

/** Dates become ISO strings, the way they are stored. */
export function jsonify<T extends object>(row: T): Jsonify<T> {
  return JSON.parse(JSON.stringify(row)) as Jsonify<T>;
}
