import { announceCommitted } from "../db/committed-events";

export type ClaimNews = { claimed: { postId: string; userId: string; userName: string; expiresAt: string }[]; released: string[] };

/** Everyone on the activation sees, live, who holds which post (volatile: the queue's query is the truth). */
export function announceClaims(activationId: string, news: ClaimNews): void {
  if (news.claimed.length === 0 && news.released.length === 0) return;
  announceCommitted([{ scope: "volatile", activationId, type: "triage:claims", payload: { activationId, ...news } }]);
}
