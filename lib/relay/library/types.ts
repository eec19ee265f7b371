import type { Hazard } from "../../activation/hazards";

/** A built-in safety instruction: stable key, hazard, French text with {commune}, {heure}, {lien}, and its official source. */
export type BuiltInInstruction = {
  key: string;
  hazard: Hazard;
  title: string;
  body: string;
  sourceName: string;
  sourceUrl: string;
  hashtags: string[];
};
