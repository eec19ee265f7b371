import type { ReportCategory } from "../hazard-template-types";

export function cat(code: string, fr: string, en: string): ReportCategory {
  return { code, label: { fr, en } };
}

// Categories whose meaning is the same for every hazard, with the same code everywhere so counts
// compare across activations (a fresh object each time).
export const peopleInDanger = () => cat("people_in_danger", "Personnes en danger", "People in danger");
export const networks = () => cat("networks", "Réseaux (électricité, eau, télécoms)", "Networks (power, water, telecoms)");
export const evacuationShelter = () => cat("evacuation_shelter", "Évacuation et hébergement", "Evacuation and shelter");
export const rescueUnderWay = () => cat("rescue_under_way", "Secours en cours", "Rescue under way");
export const other = () => cat("other", "Autre", "Other");
