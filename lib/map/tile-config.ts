import { DEFAULT_TILE_ATTRIBUTION, DEFAULT_TILE_URL } from "./tile-defaults";

export type TileConfig = { tileUrl: string; attribution: string; offlineOnly: boolean };

/**
 * The basemap of an activation's maps: its own tile layer if a coordinator set one, else the
 * deployment's (VIGIE_TILE_URL / VIGIE_TILE_ATTRIBUTION), else OpenStreetMap's standard layer.
 * A custom URL without its own attribution falls back to the deployment's or OpenStreetMap's.
 */
export function resolveTileConfig(activation: { mapTileUrl: string | null; mapTileAttribution: string | null; mapOfflineOnly: boolean }): TileConfig {
  const tileUrl = activation.mapTileUrl?.trim() || process.env.VIGIE_TILE_URL?.trim() || DEFAULT_TILE_URL;
  const attribution = activation.mapTileAttribution?.trim() || process.env.VIGIE_TILE_ATTRIBUTION?.trim() || DEFAULT_TILE_ATTRIBUTION;
  return { tileUrl, attribution, offlineOnly: activation.mapOfflineOnly };
}
