/**
 * What every crisis-dashboard query takes: the activation and the moment it
 * describes (`now`: the present for the live dashboard, `asOf` for a situation
 * report — nothing created later counts). The queries (raw SQL, read-only) live
 * in this folder by subject; get-dashboard.ts runs them together, and the
 * benchmark times exactly those. Merged reports live on inside the report they
 * were merged into: never counted. Callers check read access first.
 */
export type QueryScope = { activationId: string; now: Date };

/**
 * The present (not a situation report about the past): report counts then come
 * from the trigger-kept ReportTally rows (see the dashboard migration) rather
 * than from a scan of every report.
 */
export const isLive = (now: Date) => now.getTime() >= Date.now() - 5_000;

/** SQL counts arrive as bigint (or null for an empty aggregate). */
export const asCount = (value: bigint | number | null | undefined) => Number(value ?? 0);
