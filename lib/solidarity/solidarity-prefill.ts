import { db } from "../db/client";
import { parsePostId } from "../ingest/post-id";
import type { PersonalDataFlag } from "../pii/personal-data-flag";
import { solidarityPublicText } from "./public-text";
import { communeAt } from "../places/commune-at";

export type SolidarityPrefill = {
  title: string;
  side: "NEED" | "OFFER" | null;
  insee: string | null;
  placeName: string | null;
  postId: string | null;
  reportId: string | null;
};

/**
 * What the new-item form starts from when opened from a post: its text
 * redacted of personal data (names, phones, addresses stay in the post, not on
 * the board), the first commune Vigie found in it, and a guess of the side
 * (a post classified as "needs" is a need). Null when the post is not in this activation.
 */
export async function prefillFromPost(activationId: string, postId: string): Promise<SolidarityPrefill | null> {
  let id: bigint;
  try {
    id = parsePostId(postId);
  } catch {
    return null;
  }
  const post = await db().post.findFirst({ where: { id, activationId }, select: { text: true, enrichment: { select: { pii: true, places: true, category: true } } } });
  if (!post) return null;
  const flags = (post.enrichment?.pii ?? undefined) as PersonalDataFlag[] | undefined;
  const places = (post.enrichment?.places ?? []) as { insee: string | null; name: string }[];
  const commune = places.find((place) => place.insee);
  return {
    title: shorten(solidarityPublicText(post.text, { flags })),
    side: post.enrichment?.category === "NEEDS" ? "NEED" : post.enrichment?.category === "DONATIONS_VOLUNTEERING" ? "OFFER" : null,
    insee: commune?.insee ?? null,
    placeName: commune?.name ?? null,
    postId,
    reportId: null,
  };
}

/** The same from a report: its title (redacted too) and the commune of its location. */
export async function prefillFromReport(activationId: string, reportId: string): Promise<SolidarityPrefill | null> {
  if (!/^[0-9a-f-]{36}$/i.test(reportId)) return null;
  const report = await db().report.findFirst({ where: { id: reportId, activationId }, select: { title: true, lat: true, lon: true } });
  if (!report) return null;
  const commune = report.lat !== null && report.lon !== null ? communeAt(report.lat, report.lon) : null;
  return { title: shorten(solidarityPublicText(report.title)), side: null, insee: commune?.insee ?? null, placeName: commune?.name ?? null, postId: null, reportId };
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= 200 ? flat : `${flat.slice(0, 199)}…`;
}
