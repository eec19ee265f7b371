import { foldCopyWord, stripCopyMarkup } from "@/lib/stories/copy-text";

/**
 * Names and figures of a post: capitalised words inside a sentence ("à Tartas", "l'Adour",
 * "Saint-Sever") and words with a digit ("D924", "5h", "1200"). Templated posts (the same
 * vigilance bulletin for another river, "route coupée à X" and "à Y", a water level at 14h and
 * at 17h) share almost every word and differ only there, so two posts that *each* carry a name
 * or figure the other lacks are different news even when their words overlap.
 *
 * Sentence-initial words are left out (every sentence starts with a capital), and so are words
 * in capitals ("URGENT", "ROUGE": shouting, not naming) and hashtags (reposters add and drop
 * them freely). Words are Latin-script (French and English posts); the scan is a loop over char
 * codes because it runs on every ingested post.
 */
export function nameMarkers(text: string): string[] {
  return nameMarkersOfStripped(stripCopyMarkup(text));
}

/** `nameMarkers` of text already passed through `stripCopyMarkup`. */
export function nameMarkersOfStripped(clean: string): string[] {
  const markers: string[] = [];
  let i = 0;
  while (i < clean.length) {
    if (!isWordCode(clean.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let digit = false;
    let lower = false;
    while (i < clean.length) {
      const c = clean.charCodeAt(i);
      if (!isWordCode(c)) break;
      if (c >= 48 && c <= 57) digit = true;
      else if ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff)) lower = true;
      i++;
    }
    const first = clean.charCodeAt(start);
    if (start > 0 && clean.charCodeAt(start - 1) === 35) continue; // #hashtag
    let marker: string | null = null;
    if (digit) marker = foldCopyWord(clean.slice(start, i)).replace(/^0+(?=\d)/, "");
    else if (isUpperCode(first) && lower && i - start >= 2 && insideSentence(clean, start)) {
      const folded = foldCopyWord(clean.slice(start, i));
      marker = folded === "st" ? "saint" : folded === "ste" ? "sainte" : folded;
    }
    if (marker !== null && !markers.includes(marker)) markers.push(marker);
  }
  return markers.sort();
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x100 && c <= 0x17f && c % 2 === 0) || c === 0x152;
}

// A word is inside a sentence when it follows an apostrophe or hyphen (l'Adour, Saint-Sever) or,
// across spaces, a word or a comma; after a full stop, colon, quote or emoji it starts one.
function insideSentence(text: string, start: number): boolean {
  let i = start - 1;
  const before = text.charCodeAt(i);
  if (before === 39 || before === 0x2019 || before === 45) return true;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  return i >= 0 && (isWordCode(text.charCodeAt(i)) || text.charCodeAt(i) === 44);
}
