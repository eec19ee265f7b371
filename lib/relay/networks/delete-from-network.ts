import { outboundFetch } from "../../outbound/guard-outbound-connections";
import { describeError } from "../../errors";
import { describeRefusal, NETWORK_TIMEOUT_MS, NetworkPublishError } from "./network-error";

/** Deletes a status from Mastodon: DELETE /api/v1/statuses/:id with the account's token. Already gone (404) counts as done. */
export async function deleteFromMastodon(options: { baseUrl: string; token: string; remoteId: string }): Promise<void> {
  const response = await send(`${options.baseUrl}/api/v1/statuses/${encodeURIComponent(options.remoteId)}`, { method: "DELETE", headers: { authorization: `Bearer ${options.token}` } });
  if (!response.ok && response.status !== 404) throw new NetworkPublishError(await describeRefusal(response));
}

/** Deletes a post from Bluesky: a session, then com.atproto.repo.deleteRecord of the post's rkey (from its at:// URI). */
export async function deleteFromBluesky(options: { baseUrl: string; handle: string; appPassword: string; remoteId: string }): Promise<void> {
  const xrpc = (method: string) => `${options.baseUrl}/xrpc/${method}`;
  const sessionResponse = await send(xrpc("com.atproto.server.createSession"), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ identifier: options.handle, password: options.appPassword }) });
  if (!sessionResponse.ok) throw new NetworkPublishError(await describeRefusal(sessionResponse));
  const session = (await sessionResponse.json()) as { accessJwt?: string; did?: string };
  const [, , repo, collection, rkey] = options.remoteId.split("/");
  if (!session.accessJwt || !repo || !collection || !rkey) throw new NetworkPublishError("cannot read the post's URI");
  const response = await send(xrpc("com.atproto.repo.deleteRecord"), {
    method: "POST",
    headers: { authorization: `Bearer ${session.accessJwt}`, "content-type": "application/json" },
    body: JSON.stringify({ repo, collection, rkey }),
  });
  if (!response.ok) throw new NetworkPublishError(await describeRefusal(response));
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await outboundFetch(url, { ...init, signal: AbortSignal.timeout(NETWORK_TIMEOUT_MS) });
  } catch (error) {
    throw new NetworkPublishError(`unreachable: ${describeError(error)}`);
  }
}
