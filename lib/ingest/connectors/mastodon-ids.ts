/** Mastodon ids are numeric strings (snowflake-like) that outgrow Number: compare by length, then text. */
export function compareIds(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
}
