import { communeAt } from "../places/commune-at";

/** A point given without a place name (clicked on the map, a geotag) is named after the commune it falls in. */
export function withCommuneName<T extends { lat: number; lon: number; placeName?: string | null }>(location: T): T;
export function withCommuneName<T extends { lat: number; lon: number; placeName?: string | null }>(location: T | null | undefined): T | null | undefined;
export function withCommuneName<T extends { lat: number; lon: number; placeName?: string | null }>(location: T | null | undefined): T | null | undefined {
  if (!location || location.placeName) return location;
  return { ...location, placeName: communeAt(location.lat, location.lon)?.name ?? null };
}
