import { XMLParser } from "fast-xml-parser";

/**
 * RSS 2.0 and Atom feeds (prefecture news, Vigicrues, Météo-France, local
 * press) as incoming posts. Items keep their guid (or link, or Atom id) as
 * external id, so an item seen again is stored once; enclosures become media.
 * An item with neither id nor link is passed on as is and dead-lettered by the
 * pipeline with its reason.
 */
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", textNodeName: "#text", trimValues: true, processEntities: true });

type Node = Record<string, unknown>;

export type ParsedFeed = { title: string | null; items: unknown[] };

export function parseFeed(xml: string, feedUrl: string): ParsedFeed {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (error) {
    throw new Error(`feed ${feedUrl} is not XML: ${(error as Error).message}`);
  }
  const rss = (doc.rss as Node | undefined)?.channel as Node | undefined;
  if (rss) return { title: text(rss.title), items: list(rss.item).map((item) => rssItem(item, text(rss.title), feedUrl)) };
  const atom = doc.feed as Node | undefined;
  if (atom) return { title: text(atom.title), items: list(atom.entry).map((entry) => atomEntry(entry, text(atom.title), feedUrl)) };
  throw new Error(`feed ${feedUrl} is neither RSS 2.0 nor Atom`);
}

function rssItem(item: Node, channel: string | null, feedUrl: string): unknown {
  const link = text(item.link);
  const guid = text(item.guid);
  const title = text(item.title);
  const description = text(item.description) ?? text(item["content:encoded"]);
  return {
    network: "rss",
    externalId: guid ?? link ?? undefined,
    url: absolute(link, feedUrl),
    author: { id: feedUrl, handle: null, name: text(item.author) ?? text(item["dc:creator"]) ?? channel },
    text: [title, description].filter(Boolean).join("\n\n"),
    html: true,
    postedAt: date(text(item.pubDate) ?? text(item["dc:date"])),
    media: list(item.enclosure)
      .map((enclosure) => ({ url: absolute(attr(enclosure, "url"), feedUrl), type: mediaType(attr(enclosure, "type")), alt: title }))
      .filter((m) => m.url),
  };
}

function atomEntry(entry: Node, feedTitle: string | null, feedUrl: string): unknown {
  const links = list(entry.link);
  const alternate = links.find((l) => !attr(l, "rel") || attr(l, "rel") === "alternate");
  const enclosures = links.filter((l) => attr(l, "rel") === "enclosure");
  const title = text(entry.title);
  const body = text(entry.content) ?? text(entry.summary);
  const author = (entry.author as Node | undefined)?.name;
  return {
    network: "rss",
    externalId: text(entry.id) ?? attr(alternate, "href") ?? undefined,
    url: absolute(attr(alternate, "href"), feedUrl),
    author: { id: feedUrl, handle: null, name: text(author) ?? feedTitle },
    text: [title, body].filter(Boolean).join("\n\n"),
    html: true,
    postedAt: date(text(entry.published) ?? text(entry.updated)),
    media: enclosures.map((l) => ({ url: absolute(attr(l, "href"), feedUrl), type: mediaType(attr(l, "type")), alt: title })).filter((m) => m.url),
  };
}

function list(value: unknown): Node[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as Node[];
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number") return String(value).trim() || null;
  if (typeof value === "object" && "#text" in (value as Node)) return text((value as Node)["#text"]);
  return null;
}

function attr(node: Node | undefined, name: string): string | null {
  const value = node?.[`@${name}`];
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

function absolute(url: string | null, base: string): string | undefined {
  if (!url) return undefined;
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === "http:" || resolved.protocol === "https:" ? resolved.toString() : undefined;
  } catch {
    return undefined;
  }
}

function date(value: string | null): string {
  const parsed = value ? new Date(value) : null;
  // A feed item without a readable date is dated when it is seen.
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : new Date().toISOString();
}

function mediaType(mime: string | null): "image" | "video" | "audio" | "other" {
  if (!mime) return "image";
  if (mime.startsWith("image/")) return "image";
  if (mime.startsWith("video/")) return "video";
  if (mime.startsWith("audio/")) return "audio";
  return "other";
}
