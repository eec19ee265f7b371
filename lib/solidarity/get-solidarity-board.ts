import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import type { SolidaritySide, SolidarityStatus, SolidarityType } from "../db/generated/enums";
import { solidarityFiltersSchema, type SolidarityFilters } from "./schemas";
import { getSolidarityAccess, type SolidarityAccess } from "./solidarity-access";
import { MATCH_RADIUS_KM, suggestMatches, type SuggestedMatch } from "./suggest-matches";

/** The nearest offers suggested for each need (the board lists no more). */
export const SUGGESTIONS_PER_NEED = 3;

export type SolidarityItemView = {
  id: string;
  side: SolidaritySide;
  type: SolidarityType;
  title: string;
  description: string;
  insee: string | null;
  placeName: string | null;
  verified: boolean;
  status: SolidarityStatus;
  /** Present only for the association's own accounts (see SolidarityAccess.seesContacts). */
  contact?: string | null;
  showOnPublicMap: boolean;
  postId: string | null;
  reportId: string | null;
  matchedWithId: string | null;
  version: number;
  createdAt: Date;
  createdBy: string | null;
};

export type SolidarityBoard = {
  rights: Omit<SolidarityAccess, "access">;
  filters: SolidarityFilters;
  /** The items the filters let through, newest first. */
  items: SolidarityItemView[];
  /** Every item by id, for suggestions and pairs (they ignore the filters). */
  byId: Record<string, SolidarityItemView>;
  suggestions: SuggestedMatch[];
  pairs: { needId: string; offerId: string }[];
  /** Communes named on the board, for the commune filter. */
  communes: { insee: string; name: string }[];
};

/**
 * One activation's board as this caller may see it: items filtered by side,
 * type, status and commune, suggested matches between open items, and the
 * confirmed pairs. Contacts are left out entirely for anyone outside the
 * association (never blanked client-side).
 */
export async function getSolidarityBoard(actor: SessionUser, activationId: string, rawFilters: unknown = {}): Promise<SolidarityBoard> {
  const { access: _access, ...rights } = await getSolidarityAccess(actor, activationId);
  const filters = solidarityFiltersSchema.parse(rawFilters ?? {});
  const rows = await db().solidarityItem.findMany({
    where: { activationId },
    orderBy: { createdAt: "desc" },
    include: { createdBy: { select: { name: true } } },
  });
  const views = rows.map((row): SolidarityItemView => {
    const { contact, createdBy, postId, lat: _lat, lon: _lon, activationId: _a, createdById: _c, updatedAt: _u, ...rest } = row;
    return { ...rest, postId: postId?.toString() ?? null, createdBy: createdBy?.name ?? null, ...(rights.seesContacts ? { contact } : {}) };
  });
  const byId = Object.fromEntries(views.map((view) => [view.id, view]));
  const items = views.filter(
    (item) => (!filters.side || item.side === filters.side) && (!filters.type || item.type === filters.type) && (!filters.status || item.status === filters.status) && (!filters.insee || item.insee === filters.insee),
  );
  const pairs = rows.filter((row) => row.side === "NEED" && row.status === "MATCHED" && row.matchedWithId && byId[row.matchedWithId]).map((row) => ({ needId: row.id, offerId: row.matchedWithId! }));
  const communes = [...new Map(rows.filter((row) => row.insee && row.placeName).map((row) => [row.insee!, { insee: row.insee!, name: row.placeName! }])).values()].sort((a, b) => a.name.localeCompare(b.name, "fr"));
  return { rights, filters, items, byId, suggestions: suggestMatches(rows, MATCH_RADIUS_KM, SUGGESTIONS_PER_NEED), pairs, communes };
}
