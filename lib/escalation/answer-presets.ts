/**
 * The authority's usual answers to an escalation. The stored answer is the
 * French label (the crisis cell's words, read as such by the volunteers) and
 * the free text, so it reads the same in the app, the e-mail page and the
 * situation report.
 */
export const ANSWER_PRESETS = ["rescue_engaged", "already_known", "taken_into_account", "no_action"] as const;
export type AnswerPreset = (typeof ANSWER_PRESETS)[number];

export const ANSWER_PRESET_LABELS: Record<AnswerPreset, string> = {
  rescue_engaged: "Secours engagés",
  already_known: "Déjà connu",
  taken_into_account: "Pris en compte",
  no_action: "Sans suite",
};

export function composeAnswer(preset: AnswerPreset | null | undefined, text: string): string {
  const label = preset ? ANSWER_PRESET_LABELS[preset] : "";
  return [label, text.trim()].filter(Boolean).join(" — ");
}
