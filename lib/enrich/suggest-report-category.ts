import { DEFAULT_HAZARD_TEMPLATES } from "@/lib/activation/default-hazard-templates";
import type { Hazard } from "@/lib/activation/hazards";
import type { InformationType } from "./information-types";

// Per information type, the report category codes to try in order: the first one the hazard's
// template has wins. Shared codes (people_in_danger, roads_cut, networks…) come first so counts
// compare across activations; hazard-specific codes follow.
const CANDIDATES: Record<InformationType, readonly string[]> = {
  AFFECTED_PEOPLE: ["people_in_danger", "victims", "casualties", "vulnerable_people", "health_incidents", "stranded_motorists"],
  NEEDS: ["essential_needs", "people_in_danger", "vulnerable_people", "evacuation_shelter", "other"],
  INFRASTRUCTURE: ["roads_cut", "networks", "building_damage", "flooded_homes", "water_supply", "transport_disruption", "damage", "sea_defences", "threatened_homes"],
  RESCUE_RESPONSE: ["rescue_under_way", "resources_engaged", "evacuation_shelter", "alert_confinement", "perimeter_confinement"],
  CAUTION_ADVICE: ["alert_confinement", "perimeter_confinement", "risky_behaviour", "other"],
  SITUATION: ["water_levels", "fire_outbreak", "felt_reports", "explosion_fire", "release_plume", "threat_location", "flooding_landslides", "mudflows_debris", "fallen_trees", "smoke_air_quality", "other"],
  DONATIONS_VOLUNTEERING: ["solidarity", "shelter_offers", "blood_donation", "cooling_places", "evacuation_shelter", "other"],
  SYMPATHY: [],
  CRITICISM: [],
  OTHER_RELEVANT: ["other"],
  NOT_RELEVANT: [],
};

/**
 * The report category (a code of the hazard's default template) a post of this information type
 * most likely belongs to, or null when the type does not make a report (sympathy, criticism,
 * noise). A suggestion for the volunteer, who can pick another.
 */
export function suggestReportCategory(hazard: Hazard, type: InformationType): string | null {
  const codes = new Set(DEFAULT_HAZARD_TEMPLATES[hazard].reportCategories.map((c) => c.code));
  return CANDIDATES[type].find((code) => codes.has(code)) ?? null;
}
