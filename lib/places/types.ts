export type PlacePrecision = "point" | "commune" | "commune_approx" | "departement";

/**
 * A place a post speaks of. `insee` is the current commune's code (null for a département);
 * `start`/`end` delimit the words of the text that named it (absent for a geotag).
 */
export type Place = {
  insee: string | null;
  name: string;
  departement: string;
  lat: number;
  lon: number;
  precision: PlacePrecision;
  ambiguous?: boolean;
  start?: number;
  end?: number;
};

export type PlaceContext = {
  /** The activation's area as département codes: homonyms are resolved towards them. */
  departements?: string[];
  /** The post's native geotag, which wins over the text. */
  geotag?: { lat: number; lon: number } | null;
};
