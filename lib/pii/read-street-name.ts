import { foldWord } from "./fold-word";

// Small words inside street names ("rue de la Paix", "allée des Pins", "rue du 8 Mai 1945").
const PARTICLES = new Set(["de", "du", "des", "la", "le", "les", "l'", "d'", "aux", "au", "et", "sur", "sous", "les", "en", "saint", "sainte", "st", "ste"]);
// Capitalised words that end a street name rather than continue it: what people write next.
const ENDERS = new Set(["a", "contact", "tel", "tél", "telephone", "merci", "svp", "urgent", "aidez", "appelez", "photo", "video", "edit", "ma", "mon", "nous", "on", "je", "il", "elle", "plus", "rt", "pres", "vers", "entre", "chez", "ce", "cette", "ici", "depuis"]);

// A word of the name: letters (maybe after an elided article), a day before its month
// ("8 Mai") or a year after it ("1945").
const WORD_RE = /[ \u00a0]*((?:[lLdD]['’])?(?:\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*|\d{1,4}(?:er)?(?=[ \u00a0]+\p{Lu})|(?:1[89]|20)\d\d(?![\p{L}\p{N}])))/uy;

function isCapitalised(word: string): boolean {
  const core = word.replace(/^[lLdD]['’]/, "");
  const first = core.charAt(0);
  return /\d/.test(first) || (first !== first.toLowerCase() && first === first.toUpperCase());
}

/**
 * End offset of the street name starting at `from` (after the street type), or -1 when no name
 * follows. The name is its small words and one required word, then further capitalised words
 * ("rue du Général de Gaulle", "rue Jean Jaurès"); it stops at punctuation, a lower-case word
 * or "à" — so "rue des Arènes à Dax" stops before the town, which is not personal.
 */
export function readStreetName(text: string, from: number, options: { lenient: boolean }): number {
  let pos = from;
  let end = -1;
  let sawParticle = false;
  for (let words = 0; words < 8; words++) {
    WORD_RE.lastIndex = pos;
    const m = WORD_RE.exec(text);
    if (!m) break;
    const word = m[1];
    const folded = foldWord(word);
    const elided = /^[ld]['’]/i.test(word) && word.length > 2;
    if (PARTICLES.has(folded) && !elided) {
      sawParticle = true;
      pos = WORD_RE.lastIndex;
      continue;
    }
    if (ENDERS.has(folded)) break;
    const capitalised = isCapitalised(word);
    if (end === -1) {
      if (/^\d{4}$/.test(word)) return -1;
      // The first real word: lower case only after a particle for lenient types ("rue des
      // lilas"), so counts like "1 route coupée" stay out.
      if (!capitalised && !(options.lenient && (sawParticle || elided))) return -1;
    } else if (!capitalised) {
      break;
    }
    end = WORD_RE.lastIndex;
    pos = end;
  }
  return end;
}
