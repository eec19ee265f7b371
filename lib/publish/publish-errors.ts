import { AppError } from "../errors";
import type { PublicTextFlag } from "./check-public-text";

/** Publication refused because a public text still carries personal data: the flags say where and what. */
export class PersonalDataRefusal extends AppError {
  constructor(readonly flags: PublicTextFlag[]) {
    super("INVALID_INPUT", "personal_data_found");
  }
}
