/** The public map's absolute address as the browser reached this server (behind a proxy: its forwarded host and scheme). */
export function publicMapUrl(headers: Headers, slug: string): string {
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost:3000";
  const proto = headers.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}/public/${encodeURIComponent(slug)}`;
}
