import { AppError } from "../errors";
import { communeByInsee } from "../places/search-communes";

export type SolidarityPlace = { insee: string | null; placeName: string | null; lat: number | null; lon: number | null };

/** The stored place of an item: the commune's name and centre from the gazetteer, or nothing. */
export function solidarityPlace(insee: string | null | undefined): SolidarityPlace {
  if (!insee) return { insee: null, placeName: null, lat: null, lon: null };
  const commune = communeByInsee(insee);
  if (!commune) throw new AppError("INVALID_INPUT", "solidarity_commune_unknown");
  return { insee: commune.insee, placeName: commune.name, lat: commune.lat, lon: commune.lon };
}
