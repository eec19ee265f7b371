import { outboundFetch } from "../../outbound/guard-outbound-connections";
import { retryAfterSeconds } from "./retry-after";

/**
 * One call to the X API v2 with the app-only bearer token. A 429 waits for the
 * window's reset (`x-rate-limit-reset`, epoch seconds; else Retry-After) and
 * tries again; a refused token and server errors throw, with a message short
 * enough for the sources health panel (the supervisor backs off and restarts).
 */
export type XCall = { baseUrl: string; token: string | null; signal: AbortSignal; sleep: (ms: number) => Promise<void> };

export class XHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Request = { method?: "GET" | "POST"; query?: Record<string, string | undefined>; body?: unknown; streaming?: boolean };

const MAX_WAIT_MS = 16 * 60_000; // a 15-minute window, and some slack for clocks

/** How long to wait after a 429: until `x-rate-limit-reset` when present, else Retry-After. */
export function rateLimitWaitMs(headers: Headers, now = Date.now()): number {
  const reset = Number(headers.get("x-rate-limit-reset"));
  if (headers.get("x-rate-limit-reset") && Number.isFinite(reset)) return Math.min(Math.max(reset * 1000 - now, 1000), MAX_WAIT_MS);
  return retryAfterSeconds(headers.get("retry-after")) * 1000;
}

export function xUrl(baseUrl: string, path: string, query: Record<string, string | undefined> = {}): URL {
  const url = new URL(path, baseUrl);
  for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, value);
  return url;
}

export async function xFetch(call: XCall, path: string, request: Request = {}): Promise<Response> {
  const url = xUrl(call.baseUrl, path, request.query);
  const headers: Record<string, string> = { "user-agent": "Vigie (veille de crise)", accept: "application/json" };
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  if (request.body !== undefined) headers["content-type"] = "application/json";
  for (;;) {
    call.signal.throwIfAborted();
    // A stream stays open for hours: only its own watchdog decides it is stalled.
    const signal = request.streaming ? call.signal : AbortSignal.any([call.signal, AbortSignal.timeout(30_000)]);
    const response = await outboundFetch(url, { method: request.method ?? "GET", headers, body: request.body === undefined ? undefined : JSON.stringify(request.body), signal });
    if (response.ok) return response;
    const detail = await errorDetail(response);
    if (response.status === 429) {
      await call.sleep(rateLimitWaitMs(response.headers));
      continue;
    }
    if (response.status === 401 || response.status === 403) {
      throw new XHttpError(response.status, `bearer token refused (HTTP ${response.status})${response.status === 403 && detail ? `: ${detail}` : ""}`);
    }
    if (response.status >= 500) throw new XHttpError(response.status, `X API answered HTTP ${response.status} on ${path}`);
    throw new XHttpError(response.status, `X API refused ${path} (HTTP ${response.status})${detail ? `: ${detail}` : ""}`);
  }
}

export async function xJson<T>(call: XCall, path: string, request: Request = {}): Promise<T> {
  const response = await xFetch(call, path, request);
  try {
    return (await response.json()) as T;
  } catch {
    throw new XHttpError(502, `X API: unreadable answer on ${path}`);
  }
}

/** X answers errors as problem JSON ({title, detail, type, status}) or {errors: [...]}. */
async function errorDetail(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { detail?: unknown; title?: unknown; errors?: { message?: unknown; detail?: unknown }[] };
    const text = body.detail ?? body.title ?? body.errors?.[0]?.detail ?? body.errors?.[0]?.message;
    return typeof text === "string" ? text.slice(0, 200) : "";
  } catch {
    return "";
  }
}
