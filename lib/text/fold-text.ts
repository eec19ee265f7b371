/**
 * Text for comparing, not showing: no accents, lower case, one apostrophe.
 * "Crue à Saint-Sévère" and "crue a saint-severe" compare equal. Used by the
 * watch filter on the server and by search boxes in the browser.
 */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’']/g, "'");
}
