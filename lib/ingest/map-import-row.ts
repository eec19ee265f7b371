/**
 * A row of an imported file as an incoming post. JSON and JSONL rows are
 * already in the webhook's format; a CSV row has flat columns:
 * network, externalId (or id), url, authorId, authorHandle (or author), authorName,
 * text, lang, postedAt (or date), lat, lon, mediaUrl, mediaAlt.
 */
export function mapImportRow(row: unknown, format: "csv" | "json" | "jsonl", fallbackNetwork: string): unknown {
  if (format !== "csv" || !row || typeof row !== "object" || Array.isArray(row)) return row;
  const cells = Object.fromEntries(Object.entries(row as Record<string, unknown>).map(([key, value]) => [key.trim().toLowerCase(), typeof value === "string" ? value.trim() : value]));
  const get = (...names: string[]) => {
    for (const name of names) {
      const value = cells[name.toLowerCase()];
      if (typeof value === "string" && value !== "") return value;
    }
    return undefined;
  };
  const lat = get("lat", "latitude");
  const lon = get("lon", "lng", "longitude");
  const mediaUrl = get("mediaUrl", "media", "image");
  return {
    network: get("network", "reseau", "réseau") ?? fallbackNetwork,
    externalId: get("externalId", "id", "external_id"),
    url: get("url", "link", "lien") ?? null,
    author: { id: get("authorId", "author_id") ?? null, handle: get("authorHandle", "author", "handle", "auteur") ?? null, name: get("authorName", "name", "nom") ?? null },
    text: get("text", "texte", "message") ?? "",
    lang: get("lang", "language", "langue") ?? null,
    postedAt: get("postedAt", "date", "created_at", "posted_at"),
    media: mediaUrl ? [{ url: mediaUrl, type: "image", alt: get("mediaAlt", "alt") ?? null }] : [],
    geo: lat !== undefined && lon !== undefined ? { lat: Number(lat.replace(",", ".")), lon: Number(lon.replace(",", ".")) } : null,
  };
}
