import { outboundFetch } from "../../outbound/guard-outbound-connections";
import { describeError } from "../../errors";
/** A network refused or failed a publication; `message` is recorded on the RelayPublication. */
export class NetworkPublishError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NetworkPublishError";
  }
}

export type PublishedPost = { url: string | null; remoteId: string };
export type PostImage = { bytes: Buffer; mime: string; alt: string };

export const NETWORK_TIMEOUT_MS = 15_000;

/** The body of a refusal, kept short for the publication history. */
export async function describeRefusal(response: Response): Promise<string> {
  const text = await response.text().catch(() => "");
  let detail = text;
  try {
    const json = JSON.parse(text) as { error?: string; message?: string };
    detail = json.message ?? json.error ?? text;
  } catch {
    // not JSON: keep the text
  }
  return `HTTP ${response.status}${detail ? `: ${detail.slice(0, 300)}` : ""}`;
}

/**
 * One request to a network's API: bounded in time; unreachable or refused (non-2xx) becomes a
 * NetworkPublishError whose message goes to the publication history.
 */
export async function sendToNetwork(url: string, init: RequestInit, timeoutMs = NETWORK_TIMEOUT_MS): Promise<Response> {
  const response = await reachNetwork(url, init, timeoutMs);
  if (!response.ok) throw new NetworkPublishError(await describeRefusal(response));
  return response;
}

/** One request bounded in time whose answer, even a refusal, is the caller's to read; only an unreachable network throws. */
export async function reachNetwork(url: string, init: RequestInit, timeoutMs = NETWORK_TIMEOUT_MS): Promise<Response> {
  try {
    return await outboundFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new NetworkPublishError(`unreachable: ${describeError(error)}`);
  }
}
