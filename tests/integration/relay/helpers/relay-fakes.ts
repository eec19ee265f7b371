import { afterAll, beforeAll, beforeEach } from "vitest";
import type { SessionUser } from "../../../../lib/auth/session-user";
import { closePgPool } from "../../../../lib/db/pg-pool";
import { updateRelayAccount } from "../../../../lib/relay/update-relay-account";
import { startFakeBlueskyPublish, type FakeBlueskyPublish } from "../../../fakes/bluesky-publish";
import { startFakeMastodonPublish, type FakeMastodonPublish } from "../../../fakes/mastodon-publish";

export type RelayFakes = { mastodon: FakeMastodonPublish; bluesky: FakeBlueskyPublish };

/**
 * The fake Mastodon instance and Bluesky PDS of a relay test file: started once, emptied and
 * back to their default behaviour before each test, closed (with the database pool) at the end.
 */
export function useRelayFakes(): RelayFakes {
  const fakes = {} as RelayFakes;
  beforeAll(async () => {
    fakes.mastodon = await startFakeMastodonPublish();
    fakes.bluesky = await startFakeBlueskyPublish();
  });
  beforeEach(() => {
    const { mastodon, bluesky } = fakes;
    for (const list of [mastodon.statuses, mastodon.media, mastodon.deleted, mastodon.requests, bluesky.posts, bluesky.blobs, bluesky.deleted, bluesky.requests]) list.length = 0;
    mastodon.setMaxCharacters(500);
    mastodon.behave({});
    bluesky.behave({});
  });
  afterAll(async () => {
    await fakes.mastodon.close();
    await fakes.bluesky.close();
    await closePgPool();
  });
  return fakes;
}

/** The activation's relay accounts, pointing at the fakes. */
export async function connectRelayAccounts(coordinator: SessionUser, activationId: string, { mastodon, bluesky }: RelayFakes): Promise<void> {
  await updateRelayAccount(coordinator, activationId, { network: "mastodon", baseUrl: mastodon.url, secret: mastodon.token });
  await updateRelayAccount(coordinator, activationId, { network: "bluesky", baseUrl: bluesky.url, handle: bluesky.handle, secret: bluesky.appPassword });
}
