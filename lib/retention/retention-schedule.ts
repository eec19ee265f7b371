import { runRetentionPurge } from "./run-retention-purge";

const HOUR = 3600_000;

/** Runs the purge hourly inside the server (first run a minute after start). Returns a stop function. */
export function startRetentionSchedule(intervalMs = HOUR): () => void {
  const run = () =>
    runRetentionPurge({ actorId: null, kind: "scheduled" })
      .then((report) => report.length && console.log(`[retention] purged ${report.length} activation(s)`))
      .catch((error: unknown) => console.error("[retention] purge failed", error));
  const first = setTimeout(run, 60_000);
  const timer = setInterval(run, intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
