/**
 * The network a pasted link comes from. Manual capture is for networks Vigie
 * cannot read through an API (Facebook, Instagram, TikTok, YouTube, WhatsApp…).
 */
const HOSTS: [RegExp, string][] = [
  [/(^|\.)(facebook\.com|fb\.com|fb\.watch)$/, "facebook"],
  [/(^|\.)instagram\.com$/, "instagram"],
  [/(^|\.)tiktok\.com$/, "tiktok"],
  [/(^|\.)(youtube\.com|youtu\.be)$/, "youtube"],
  [/(^|\.)(whatsapp\.com|wa\.me)$/, "whatsapp"],
  [/(^|\.)(t\.me|telegram\.me|telegram\.org)$/, "telegram"],
  [/(^|\.)(x\.com|twitter\.com)$/, "x"],
  [/(^|\.)bsky\.app$/, "bluesky"],
  [/(^|\.)threads\.(net|com)$/, "threads"],
  [/(^|\.)snapchat\.com$/, "snapchat"],
  [/(^|\.)linkedin\.com$/, "linkedin"],
];

export function inferNetwork(url: string | null | undefined): string {
  if (!url) return "other";
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\.|^m\.|^mobile\./, "");
  } catch {
    return "other";
  }
  for (const [pattern, network] of HOSTS) if (pattern.test(host)) return network;
  // Mastodon instances have no common domain: their status links look like /@user/123.
  if (/^\/@[^/]+\/\d+$/.test(new URL(url).pathname)) return "mastodon";
  return "web";
}

/** The same post pasted twice gives the same id: the link without tracking parameters. */
export function canonicalUrl(url: string): string {
  const parsed = new URL(url);
  for (const key of [...parsed.searchParams.keys()]) if (/^(utm_|fbclid|igshid|si$|s$|t$|mibextid)/.test(key)) parsed.searchParams.delete(key);
  parsed.hash = "";
  return parsed.toString();
}
