/**
 * Text as a copy detector sees it. Reposts differ from their original by everything that is
 * not the message: the retweet marker and mentions, links (shorteners give each repost its own),
 * the `#` of hashtags, emojis, punctuation, case and accents. All of that goes; the words stay.
 *
 * This runs on every ingested post, so folding is one pass over char codes with a table rather
 * than `normalize("NFD")` and a chain of regular expressions (about 4× faster).
 */
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/gi;
const MENTION_RE = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_.]+/gu;
// "RT @x:", "RT:", "RT " as a leading or inline marker; the mention itself goes with MENTION_RE.
const RT_RE = /(^|\s)RT(?=[\s:@])/g;
// "1 200" and "1200" are the same figure; French writes a (narrow) space between thousands.
const THOUSANDS_RE = /(\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g;

/** Removes links, mentions and the retweet marker, and joins thousands: shared with name markers. */
export function stripCopyMarkup(text: string): string {
  let out = text;
  if (out.includes("http") || out.includes("www.")) out = out.replace(URL_RE, " ");
  if (out.includes("@")) out = out.replace(MENTION_RE, "$1 ");
  if (out.includes("RT")) out = out.replace(RT_RE, "$1 ");
  return out.replace(THOUSANDS_RE, "$1");
}

// Folded form of each char code below 0x250 (Latin-1 and Latin Extended-A/B): "" drops the
// character (combining marks), " " separates words, anything else replaces it.
const FOLD: string[] = [];
{
  for (let c = 0; c < 0x250; c++) {
    const ch = String.fromCharCode(c);
    const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    FOLD[c] = /^[a-z0-9]+$/.test(base) ? base : " ";
  }
  FOLD[0x153] = FOLD[0x152] = "oe"; // œ Œ
  FOLD[0xe6] = FOLD[0xc6] = "ae"; // æ Æ
  FOLD[0xdf] = "ss";
}

/** Folds case, accents and ligatures, so "Évacuez" and "evacuez" compare equal; other signs become spaces. */
export function foldCopyWord(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += text[i];
    else if (c < 0x250) out += FOLD[c];
    else if (c < 0x300 || c > 0x36f) out += " "; // combining accents vanish, the rest separates
  }
  return out;
}

/** The words of `copyText`, for callers that shingle them. */
export function copyWords(text: string): string[] {
  return copyWordsOfStripped(stripCopyMarkup(text));
}

/** `copyWords` of text already passed through `stripCopyMarkup` (the fingerprint strips once). */
export function copyWordsOfStripped(stripped: string): string[] {
  const words = foldCopyWord(stripped).split(" ");
  const out: string[] = [];
  for (let w of words) {
    if (w === "") continue;
    // "06h" and "6h" are the same hour; "St-Sever" and "Saint-Sever" the same place.
    if (w.charCodeAt(0) === 48 && w.length > 1) w = w.replace(/^0+(?=\d)/, "");
    else if (w === "st") w = "saint";
    else if (w === "ste") w = "sainte";
    out.push(w);
  }
  return out;
}

/**
 * The normalised message of a post: lower case, no accents, no links, mentions, "RT @x:",
 * hashtag signs (the word is kept), emojis or punctuation, single spaces.
 * "RT @Prefet40: ⚠️ Évacuez #Saubusse !! https://t.co/x" → "evacuez saubusse".
 */
export function copyText(text: string): string {
  return copyWords(text).join(" ");
}
