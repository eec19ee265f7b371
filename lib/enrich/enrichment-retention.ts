import { registerSubjectHandler } from "../personal-data/registry";

/**
 * Enrichments and labels go with their post (foreign keys cascade, so the
 * posts' purge and a deleted post's erasure take them). What remains to erase
 * on a data-subject request is a mention of the person among a post's urgency
 * triggers (a matched address or phone number, shown to volunteers).
 */
export function registerEnrichmentRetention(): void {
  registerSubjectHandler({
    kind: "post_urgency_triggers",
    find: async (tx, subject) => {
      const rows = await tx.$queryRaw<{ postId: bigint; activationId: string; urgencyTriggers: string[] }[]>`
        SELECT "postId", "activationId", "urgencyTriggers" FROM "PostEnrichment"
        WHERE array_to_string("urgencyTriggers", ' ') ILIKE ${"%" + subject.replace(/[%_\\]/g, "\\$&") + "%"}`;
      return rows.map((row) => ({ kind: "post_urgency_triggers", id: row.postId.toString(), activationId: row.activationId, summary: row.urgencyTriggers.join(", "), data: row.urgencyTriggers }));
    },
    erase: async (tx, subject) => {
      const count = await tx.$executeRaw`
        UPDATE "PostEnrichment" SET "urgencyTriggers" = '{}'
        WHERE array_to_string("urgencyTriggers", ' ') ILIKE ${"%" + subject.replace(/[%_\\]/g, "\\$&") + "%"}`;
      return count;
    },
  });
}
