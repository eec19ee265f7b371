import { bandKeys } from "@/lib/stories/band-keys";
import { copyWordsOfStripped, stripCopyMarkup } from "@/lib/stories/copy-text";
import { hashString, minHash } from "@/lib/stories/min-hash";
import { nameMarkersOfStripped } from "@/lib/stories/name-markers";
import { SHORT_TEXT_WORDS, wordShingles } from "@/lib/stories/text-signature";

/**
 * Posts with fewer normalised words than this get no story at all: "Courage 💪" or "Des
 * nouvelles ?" written by a hundred people are not copies of each other.
 */
export const MIN_STORY_WORDS = 3;

/**
 * Everything `isSameStory` needs about a post, small and JSON-friendly so it can be stored beside
 * the post (signature as an int array, the rest as text) and compared without the text.
 */
export type TextFingerprint = {
  /** MinHash of the word shingles; empty for short texts. */
  signature: ArrayLike<number>;
  /** Distinct shingles, to turn the Jaccard estimate into containment. */
  shingleCount: number;
  /** Normalised text of a 3–4 word post (compared exactly), else null. */
  shortText: string | null;
  /** Folded names and figures, see `nameMarkers`. */
  markers: string[];
};

/** Fingerprint of a post's text: what a post stores for its story (see tests/bench/stories.bench.ts for its cost). */
export function textFingerprint(text: string): TextFingerprint {
  const stripped = stripCopyMarkup(text);
  const words = copyWordsOfStripped(stripped);
  const shingles = wordShingles(words);
  const markers = nameMarkersOfStripped(stripped);
  if (shingles.count > 0) return { signature: minHash(shingles.hashes, shingles.count), shingleCount: shingles.count, shortText: null, markers };
  const shortText = words.length >= MIN_STORY_WORDS && words.length < SHORT_TEXT_WORDS ? words.join(" ") : null;
  return { signature: new Uint32Array(0), shingleCount: 0, shortText, markers };
}

/**
 * Keys under which a post is indexed and looked up: its LSH band keys, or one exact-text key for
 * a short post, or none (too short to belong to a story).
 */
export function storyKeys(fingerprint: TextFingerprint): string[] {
  if (fingerprint.shortText !== null) return [`x:${hashString(fingerprint.shortText).toString(36)}`];
  return bandKeys(fingerprint.signature);
}
