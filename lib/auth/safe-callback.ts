/**
 * Where to go after login: same-site paths only, so the login form cannot be
 * turned into an open redirect. "/\\evil.com" and control characters are read
 * by browsers as another host, so they are refused too.
 */
export function safeCallback(url: string | undefined): string {
  if (!url || !/^\/(?![/\\])[^\u0000-\u001f\\]*$/.test(url)) return "/";
  const resolved = new URL(url, "http://vigie.invalid");
  return resolved.origin === "http://vigie.invalid" ? `${resolved.pathname}${resolved.search}` : "/";
}
