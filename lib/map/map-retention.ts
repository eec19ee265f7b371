import { registerPurger, registerSubjectHandler } from "../personal-data/registry";
import { textColumnsSubjectHandler } from "../personal-data/text-columns-subject-handler";

/**
 * Drawings are working notes whose labels and notes may name people ("famille
 * Martin bloquée à l'étage"): past retention they go with the activation's
 * other notes; a data-subject request blanks the person in them, public label included.
 */
export function registerMapRetention(): void {
  registerPurger({
    kind: "map_features",
    purge: async ({ tx, activationId }) => (await tx.mapFeature.deleteMany({ where: { activationId } })).count,
  });
  registerSubjectHandler(
    textColumnsSubjectHandler({
      kind: "map_features",
      table: "MapFeature",
      columns: [{ name: "label" }, { name: "note" }, { name: "publicLabel" }],
      summary: "label",
      activationColumn: "activationId",
      versioned: true,
    }),
  );
}
