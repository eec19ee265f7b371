import { db } from "../db/client";
import { ensureRelayLibrary } from "./library/ensure-relay-library";

/** Library instructions, the activation's hazard first; inactive ones only when asked. */
export async function listRelayTemplates(options: { hazard?: string; includeInactive?: boolean } = {}) {
  await ensureRelayLibrary();
  const rows = await db().relayTemplate.findMany({
    where: options.includeInactive ? {} : { active: true },
    orderBy: [{ hazard: "asc" }, { key: "asc" }, { createdAt: "asc" }],
    select: { id: true, key: true, hazard: true, title: true, body: true, sourceName: true, sourceUrl: true, hashtags: true, active: true, updatedAt: true, author: { select: { name: true } } },
  });
  return options.hazard ? [...rows.filter((row) => row.hazard === options.hazard), ...rows.filter((row) => row.hazard !== options.hazard)] : rows;
}
