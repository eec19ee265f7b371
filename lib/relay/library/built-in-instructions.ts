import type { Hazard } from "../../activation/hazards";
import { ATTACK_INSTRUCTIONS, EARTHQUAKE_INSTRUCTIONS, INDUSTRIAL_INSTRUCTIONS, OTHER_INSTRUCTIONS, WILDFIRE_INSTRUCTIONS } from "./other-instructions";
import type { BuiltInInstruction } from "./types";
import { COASTAL_FLOOD_INSTRUCTIONS, FLASH_FLOOD_INSTRUCTIONS, FLOOD_INSTRUCTIONS } from "./water-instructions";
import { CYCLONE_INSTRUCTIONS, HEATWAVE_INSTRUCTIONS, SNOW_ICE_INSTRUCTIONS, STORM_INSTRUCTIONS } from "./weather-instructions";

/** Every built-in instruction, several per hazard of lib/activation/hazards.ts. */
export const BUILT_IN_INSTRUCTIONS_BY_HAZARD: Record<Hazard, BuiltInInstruction[]> = {
  flood: FLOOD_INSTRUCTIONS,
  flash_flood: FLASH_FLOOD_INSTRUCTIONS,
  coastal_flood: COASTAL_FLOOD_INSTRUCTIONS,
  storm: STORM_INSTRUCTIONS,
  cyclone: CYCLONE_INSTRUCTIONS,
  wildfire: WILDFIRE_INSTRUCTIONS,
  industrial: INDUSTRIAL_INSTRUCTIONS,
  heatwave: HEATWAVE_INSTRUCTIONS,
  snow_ice: SNOW_ICE_INSTRUCTIONS,
  earthquake: EARTHQUAKE_INSTRUCTIONS,
  attack: ATTACK_INSTRUCTIONS,
  other: OTHER_INSTRUCTIONS,
};

export const BUILT_IN_INSTRUCTIONS: BuiltInInstruction[] = Object.values(BUILT_IN_INSTRUCTIONS_BY_HAZARD).flat();
