import { AppError } from "../errors";

/** Someone changed the message since this page read it: the step is refused, nothing is lost. */
export class RelayConflictError extends AppError {
  constructor(readonly currentVersion: number) {
    super("CONFLICT", "relay_changed");
  }
}
