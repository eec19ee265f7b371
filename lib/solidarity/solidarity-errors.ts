import { AppError } from "../errors";

/** Someone saved the item since the editor loaded it: refused, never merged. */
export class SolidarityConflictError extends AppError {
  constructor(readonly current: { version: number }) {
    super("CONFLICT", "solidarity_changed");
  }
}
