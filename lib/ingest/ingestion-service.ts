import { onActivationStatusChange } from "../activation/lifecycle-hooks";
import { startAllActiveSources, startSourcesForActivation, stopAllSources, stopSourcesForActivation } from "./source-runner";

/**
 * Ingestion inside the server process: pull sources of ACTIVE activations run,
 * and follow the activation's lifecycle (start on ACTIVE, stop otherwise).
 */
export async function startIngestion(): Promise<() => Promise<void>> {
  const unsubscribe = onActivationStatusChange(async (change) => {
    if (change.to === "ACTIVE") await startSourcesForActivation(change.activationId);
    else await stopSourcesForActivation(change.activationId);
  });
  const started = await startAllActiveSources();
  if (started) console.log(`[ingest] ${started} source(s) running`);
  return async () => {
    unsubscribe();
    await stopAllSources();
  };
}
