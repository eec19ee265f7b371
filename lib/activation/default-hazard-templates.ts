/**
 * Default hazard templates: the starting configuration a coordinator gets when activating a watch
 * for a given hazard.
 *
 * - `keywords` and `hashtags` drive what is ingested from the networks (search queries, hashtag
 *   streams, relevance scoring). They are written the way French citizens, media and authorities
 *   really post during a crisis (Vigicrues, "vigilance rouge", "sinistrés", "FR-Alert"…), in
 *   lowercase with accents kept, and are meant to be matched case-insensitively as whole words or
 *   phrases, not as substrings.
 * - `exclusions` mark noise: metaphors ("séisme politique"), sport and video games ("tirs au but",
 *   "fortnite"), marketing, homonyms ("avion rafale", "viande crue"), drills ("essai des
 *   sirènes"). A post matching an exclusion is demoted, not deleted.
 * - `languages` are the default watch languages (ISO 639-1). French always; English where
 *   tourists, neighbouring islands or international witnesses post in it. Creoles and Shimaoré
 *   have no ISO 639-1 code and regional languages (Occitan, Basque, Breton…) are rarely the only
 *   language of a useful post, so they are not in the defaults: a coordinator adds what the area
 *   needs.
 * - `reportCategories` are the categories a volunteer's report can take in an activation of that
 *   hazard. Codes are shared between hazards where the meaning is the same (`people_in_danger`,
 *   `roads_cut`, `networks`, `evacuation_shelter`, `rescue_under_way`…) so that counts compare
 *   across activations; the list always ends with `other`.
 *
 * Event-specific terms (storm or cyclone name, communes, rivers, the event's own hashtags such as
 * a storm's "#TempêteXxx") are added per activation, never here.
 *
 * Admins can edit these templates in the UI. This file only seeds them: a template is written to
 * the database when it is missing there, and an edited template is never overwritten by it.
 */
import type { Hazard } from "./hazards";
import type { HazardTemplateData } from "./hazard-template-types";
import { floodTemplate } from "./templates/flood";
import { flashFloodTemplate } from "./templates/flash-flood";
import { coastalFloodTemplate } from "./templates/coastal-flood";
import { stormTemplate } from "./templates/storm";
import { cycloneTemplate } from "./templates/cyclone";
import { wildfireTemplate } from "./templates/wildfire";
import { industrialTemplate } from "./templates/industrial";
import { heatwaveTemplate } from "./templates/heatwave";
import { snowIceTemplate } from "./templates/snow-ice";
import { earthquakeTemplate } from "./templates/earthquake";
import { attackTemplate } from "./templates/attack";
import { otherTemplate } from "./templates/other";

export type { HazardTemplateData, LocalizedLabel, ReportCategory } from "./hazard-template-types";

export const DEFAULT_HAZARD_TEMPLATES: Record<Hazard, HazardTemplateData> = {
  flood: floodTemplate,
  flash_flood: flashFloodTemplate,
  coastal_flood: coastalFloodTemplate,
  storm: stormTemplate,
  cyclone: cycloneTemplate,
  wildfire: wildfireTemplate,
  industrial: industrialTemplate,
  heatwave: heatwaveTemplate,
  snow_ice: snowIceTemplate,
  earthquake: earthquakeTemplate,
  attack: attackTemplate,
  other: otherTemplate,
};
