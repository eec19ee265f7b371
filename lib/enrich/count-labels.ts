import { db } from "../db/client";

/** How many volunteers' labels the activation's model has learned from. */
export function countLabels(activationId: string): Promise<number> {
  return db().postLabel.count({ where: { activationId } });
}
