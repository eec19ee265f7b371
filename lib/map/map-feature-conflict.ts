import { AppError } from "../errors";

/** A change made on an old version of a drawn feature: refused, with the version now stored. */
export class MapFeatureConflictError extends AppError {
  constructor(readonly currentVersion: number) {
    super("CONFLICT", "map_feature_changed");
  }
}
