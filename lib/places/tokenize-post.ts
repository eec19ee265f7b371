import { expandAbbreviation, foldWord } from "./fold-text";

export type PostToken = {
  /** Folded, with "st"/"ste" expanded. */
  word: string;
  start: number;
  end: number;
  /** First letter upper case in the post. */
  capitalised: boolean;
  /** Directly preceded by "#" (hashtag). */
  hashtag: boolean;
  /** The characters between the previous token and this one. */
  before: string;
};

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of a post with their offsets; hyphens, apostrophes and punctuation separate words. */
export function tokenizePost(text: string): PostToken[] {
  const tokens: PostToken[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index ?? 0;
    const first = raw[0];
    tokens.push({
      word: expandAbbreviation(foldWord(raw)),
      start,
      end: start + raw.length,
      capitalised: first !== first.toLowerCase(),
      hashtag: start > 0 && text[start - 1] === "#",
      before: text.slice(previousEnd, start),
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}
