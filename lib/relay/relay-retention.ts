import { registerPurger, registerSubjectHandler } from "../personal-data/registry";
import { textColumnsSubjectHandler } from "../personal-data/text-columns-subject-handler";

/**
 * Relay messages are the activation's own words, but calls for solidarity and
 * rebuttals can name people. Past retention the activation's messages (and
 * the record of where they were published) go; what was published stays on
 * the networks, under the accounts that published it. A data-subject request
 * blanks the person in titles, bodies and image descriptions.
 */
export function registerRelayRetention(): void {
  registerPurger({
    kind: "relay_messages",
    purge: async ({ tx, activationId }) => (await tx.relayMessage.deleteMany({ where: { activationId } })).count,
  });
  registerSubjectHandler(
    textColumnsSubjectHandler({
      kind: "relay_messages",
      table: "RelayMessage",
      columns: [{ name: "title" }, { name: "body" }, { name: "imageAlt" }],
      summary: "title",
      activationColumn: "activationId",
      versioned: true,
    }),
  );
}
