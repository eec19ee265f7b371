import { db } from "../db/client";
import type { RelayNetwork } from "./schemas";

/** What the settings page may show of an account: never the secret. */
export type RelayAccountView = { network: RelayNetwork; baseUrl: string; handle: string; updatedAt: Date };

/** The activation's accounts, without their secrets. Callers check coordination (or read) access. */
export async function listRelayAccounts(activationId: string): Promise<RelayAccountView[]> {
  const rows = await db().relayAccount.findMany({ where: { activationId }, select: { network: true, baseUrl: true, handle: true, updatedAt: true }, orderBy: { network: "asc" } });
  return rows.map((row) => ({ ...row, network: row.network as RelayNetwork }));
}
