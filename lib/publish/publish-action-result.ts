import type { ActionResult } from "../action-result";
import type { PublicTextFlag } from "./check-public-text";

/** A publication's outcome as the UI shows it; a refusal for personal data carries what was found where. */
export type PublishActionResult = ActionResult & { flags?: PublicTextFlag[] };
