/**
 * The kinds of event an activation can be opened for. The value is stored as a plain string on
 * `Activation.hazard`; every hazard has a default template in `default-hazard-templates.ts`.
 *
 * - flood: river flood, slow rise (crue lente, Vigicrues)
 * - flash_flood: flash flood and run-off after violent storms (épisode cévenol / méditerranéen)
 * - coastal_flood: coastal flooding / storm surge (submersion marine, vagues-submersion)
 * - storm: windstorm (tempête), with its gusts, fallen trees and power cuts
 * - cyclone: tropical cyclone / hurricane (overseas: Antilles, La Réunion, Mayotte, Pacific)
 * - wildfire: forest and vegetation fire (feu de forêt, feu d'espaces naturels)
 * - industrial: industrial or chemical accident, at a site (Seveso…) or in transport (TMD)
 * - heatwave: canicule
 * - snow_ice: snow and ice (neige-verglas), stranded motorists
 * - earthquake: earthquake (séisme), and a possible tsunami warning
 * - attack: attack or mass-casualty event (attentat, fusillade…)
 * - other: anything else; generic template
 */
export const HAZARDS = [
  "flood",
  "flash_flood",
  "coastal_flood",
  "storm",
  "cyclone",
  "wildfire",
  "industrial",
  "heatwave",
  "snow_ice",
  "earthquake",
  "attack",
  "other",
] as const;

export type Hazard = (typeof HAZARDS)[number];

const HAZARD_SET: ReadonlySet<string> = new Set(HAZARDS);

export function isHazard(value: unknown): value is Hazard {
  return typeof value === "string" && HAZARD_SET.has(value);
}
