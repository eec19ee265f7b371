import { foldWord } from "./fold-word";
import { isAmbiguousFirstName, isFirstName, isFoldedFirstName } from "./first-names";
import { BEFORE_NOT_PERSON, FAMILY_NAME_FIRST, NOT_CAPS_SURNAMES, NOT_SURNAMES, SURNAME_PARTICLES, TITLES } from "./name-context-words";
import { overlapsAny, type PersonalDataFlag, type TextSpan } from "./personal-data-flag";

// Capitalised words, compounds included ("Jean-Pierre", "O'Brien"). Not inside a word, a
// handle, a hashtag or after a hyphen or an elision ("Saint-Pierre" is one word, "l'Adour" none).
const CAPITALISED_RE = /(?<![\p{L}\p{N}_@#'’\-])\p{Lu}\p{L}*(?:['’\-]\p{L}+)*/gu;
// The next word after one or two spaces — never across a line break or punctuation.
const NEXT_WORD_RE = /[ \u00a0]{1,2}(\p{L}+(?:['’\-]\p{L}+)*['’]?)(?![\p{N}_@])/uy;
// What may come before a name inside a sentence; a colon counts ("Contact : Rose Martin").
const SENTENCE_START_RE = /[\p{L}\p{N},;:'’"«»()\-]/u;

// "vers Léon", "at Willow Farm": after these, an ambiguous first name is a place.
const PLACE_PREPOSITIONS = new Set(["vers", "pres", "sur", "at", "in", "near", "to", "from"]);

const LOWER_CASE_TITLES = new Set(["monsieur", "madame", "mademoiselle", "mme", "mlle"]);
const LOWER_CASE_TITLE_RE = /\b(?:monsieur|madame|mademoiselle|mme|mlle)[ \u00a0]/;

type Word = { text: string; start: number; end: number };

function nextWord(text: string, from: number): Word | null {
  NEXT_WORD_RE.lastIndex = from;
  const m = NEXT_WORD_RE.exec(text);
  if (!m) return null;
  return { text: m[1], start: NEXT_WORD_RE.lastIndex - m[1].length, end: NEXT_WORD_RE.lastIndex };
}

function previousWord(text: string, before: number): Word | null {
  let end = before;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\u00a0")) end--;
  if (end === before || end === 0) return null;
  let start = end;
  while (start > 0 && /[\p{L}'’.\-]/u.test(text[start - 1])) start--;
  if (start === end) return null;
  return { text: text.slice(start, end), start, end };
}

function isSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\u00a0")) i--;
  return i < 0 || !SENTENCE_START_RE.test(text[i]);
}

const isAllCaps = (word: string) => word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
const isCapitalised = (word: string) => word[0] !== word[0].toLowerCase() && word[0] === word[0].toUpperCase();

/**
 * End of the surname that follows `from`, or -1. Particles may come first ("de Gaulle",
 * "Le Pen", "Ben Ali"). `caps` demands an all-caps surname ("Jean DUPONT").
 */
function readSurname(text: string, from: number, options: { caps: boolean }): number {
  let pos = from;
  for (let i = 0; i < 3; i++) {
    const word = nextWord(text, pos);
    if (!word) return -1;
    const folded = foldWord(word.text);
    if (SURNAME_PARTICLES.has(folded)) {
      pos = word.end;
      continue;
    }
    if (!isCapitalised(word.text) || word.text.replace(/['’\-]/g, "").length < 2) return -1;
    if (options.caps && !isAllCaps(word.text)) return -1;
    if (NOT_SURNAMES.has(folded) || BEFORE_NOT_PERSON.has(folded)) return -1;
    return word.end;
  }
  return -1;
}

/**
 * Person names: a first name from the committed list followed by a surname ("Marie Dubois",
 * "Jean-Pierre DUPONT", "Charles de Gaulle"), a courtesy title and a surname ("M. Dupont",
 * "Mme Martin", "Monsieur Lafitte"), an all-caps surname before a first name ("DUPONT Jean"),
 * and Vietnamese family-name-first names ("Nguyen Van Minh"). A first name alone, a street or
 * building named after someone ("rue Jean Jaurès", "collège Jean Moulin") and places
 * ("Saint-Pierre", "Sainte-Marie") do not count.
 */
export function detectPersonNames(text: string, ignored: readonly TextSpan[]): PersonalDataFlag[] {
  const flags: PersonalDataFlag[] = [];
  let consumedUntil = 0;
  let shouting: boolean | null = null;
  let hasLowerCaseTitle: boolean | null = null;
  const add = (start: number, end: number) => {
    if (overlapsAny(ignored, start, end)) return;
    flags.push({ kind: "person_name", start, end });
    consumedUntil = end;
  };

  for (const m of text.matchAll(CAPITALISED_RE)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    if (start < consumedUntil) continue;
    const folded = foldWord(word);

    if (TITLES.has(folded)) {
      const dotted = text[end] === ".";
      // "M" only with its dot, and never after a number ("à 4 M. Les pompiers…").
      if (folded === "m" && (!dotted || /\d[ \u00a0]?$/.test(text.slice(Math.max(0, start - 2), start)))) continue;
      const afterTitle = dotted ? end + 1 : end;
      const first = nextWord(text, afterTitle);
      if (!first) continue;
      // "Mme Claire Martin": take the first name along with the surname.
      const afterFirst = isFirstName(first.text) ? readSurname(text, first.end, { caps: false }) : -1;
      const surnameEnd = afterFirst !== -1 ? afterFirst : readSurname(text, afterTitle, { caps: false });
      if (surnameEnd !== -1) add(start, surnameEnd);
      continue;
    }

    if (FAMILY_NAME_FIRST.has(folded)) {
      let last = -1;
      let pos = end;
      for (let i = 0; i < 3; i++) {
        const next = nextWord(text, pos);
        if (!next || !isCapitalised(next.text) || NOT_SURNAMES.has(foldWord(next.text))) break;
        last = next.end;
        pos = next.end;
      }
      if (last !== -1) {
        add(start, last);
        continue;
      }
    }

    if (!isFoldedFirstName(folded)) {
      // "monsieur Larrieu": a title in lower case is not a capitalised word of its own.
      hasLowerCaseTitle ??= LOWER_CASE_TITLE_RE.test(text);
      if (!hasLowerCaseTitle) continue;
      const prev = previousWord(text, start);
      if (prev && LOWER_CASE_TITLES.has(prev.text) && !NOT_SURNAMES.has(folded) && !BEFORE_NOT_PERSON.has(folded)) add(prev.start, end);
      continue;
    }
    const prev = previousWord(text, start);
    const prevFolded = prev ? foldWord(prev.text.replace(/\.$/, "")) : "";
    if (BEFORE_NOT_PERSON.has(prevFolded)) continue;
    const ambiguous = isAmbiguousFirstName(word);
    const capsName = isAllCaps(word);
    if (capsName && (ambiguous || word.length < 3)) continue;
    if (ambiguous && PLACE_PREPOSITIONS.has(prevFolded)) continue;
    const mustBeCaps = capsName || (ambiguous && isSentenceStart(text, start));

    let surnameEnd = readSurname(text, end, { caps: mustBeCaps });
    if (surnameEnd !== -1) {
      // "Jean Pierre Dupont", "Marie Claire MARTIN": the second word was a first name too.
      const second = text.slice(end, surnameEnd).trim();
      if (isFirstName(second)) {
        const further = readSurname(text, surnameEnd, { caps: mustBeCaps });
        if (further !== -1) surnameEnd = further;
      }
      // A lower-case title before ("madame Claire Martin") belongs to the name.
      const from = prev && TITLES.has(prevFolded) && prevFolded !== "m" ? prev.start : start;
      add(from, surnameEnd);
      continue;
    }

    // "DUPONT Jean": official lists write the surname first, in capitals.
    if (!capsName && prev && prev.end === start - 1 && isAllCaps(prev.text) && /^\p{L}+$/u.test(prev.text) && !NOT_CAPS_SURNAMES.has(prevFolded) && prev.start >= consumedUntil) {
      shouting ??= (text.match(/\p{Lu}/gu)?.length ?? 0) > (text.match(/\p{Ll}/gu)?.length ?? 0);
      if (!shouting) add(prev.start, end);
    }
  }
  return flags;
}
