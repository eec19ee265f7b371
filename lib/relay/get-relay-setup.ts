import { db } from "../db/client";
import { mastodonMaxCharacters } from "./networks/mastodon-limit";
import { listRelayAccounts } from "./list-relay-accounts";
import { MASTODON_DEFAULT_MAX_CHARACTERS } from "./relay-text";

/** What the relay page needs about the activation: the approval rule, the accounts (no secrets) and Mastodon's limit. */
export async function getRelaySetup(activationId: string) {
  const [activation, accounts] = await Promise.all([
    db().activation.findUniqueOrThrow({ where: { id: activationId }, select: { relayNeedsAuthorityApproval: true } }),
    listRelayAccounts(activationId),
  ]);
  const mastodon = accounts.find((account) => account.network === "mastodon");
  const mastodonMax = mastodon ? await mastodonMaxCharacters(mastodon.baseUrl) : MASTODON_DEFAULT_MAX_CHARACTERS;
  return { needsAuthority: activation.relayNeedsAuthorityApproval, accounts, mastodonMax };
}
