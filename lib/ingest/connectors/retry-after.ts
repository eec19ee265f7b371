/** Retry-After as seconds or an HTTP date; one minute when absent or unreadable, at most an hour. */
export function retryAfterSeconds(header: string | null): number {
  if (!header) return 60;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.min(Math.max(seconds, 1), 3600);
  const at = Date.parse(header);
  return Number.isNaN(at) ? 60 : Math.min(Math.max(Math.ceil((at - Date.now()) / 1000), 1), 3600);
}
