import { foldForMatching } from "./clean-text";
import { URGENCY_RULES } from "./urgency-rules";

export type UrgencyScore = { score: number; urgent: boolean; triggers: string[] };

/** Above this a post is flagged URGENT and pinned; chosen so a distress call alone is enough. */
export const URGENT_THRESHOLD = 0.5;

/**
 * Life-safety score of a post from hand-written rules: people trapped or on roofs, calls for
 * help, a vulnerable person alone, someone unreachable, a number or address to call, discounted
 * when the post says people are safe or uses the words figuratively. `triggers` are the matched
 * words, shown to volunteers so they can see why a post was pinned. `lang` is accepted for future
 * per-language rules; the rules cover French and English together since posts mix them.
 */
export function scoreUrgency(text: string, _lang?: string | null): UrgencyScore {
  return scoreFoldedUrgency(foldForMatching(text));
}

/** The same on text already folded by `foldForMatching` (the enricher folds once per post). */
export function scoreFoldedUrgency(folded: string): UrgencyScore {
  let positive = 0;
  let negative = 0;
  const triggers: string[] = [];
  for (const rule of URGENCY_RULES) {
    rule.pattern.lastIndex = 0;
    const match = rule.pattern.exec(folded);
    if (!match) continue;
    if (rule.negative) {
      negative += rule.weight;
    } else {
      positive += rule.weight;
      triggers.push(match[0].trim());
    }
  }
  // Without any positive cue a post is not urgent, whatever it denies.
  if (positive === 0) return { score: 0, urgent: false, triggers };
  const score = Math.max(0, Math.min(1, positive - negative));
  return { score: Math.round(score * 1000) / 1000, urgent: score >= URGENT_THRESHOLD, triggers: score > 0 ? triggers : [] };
}
