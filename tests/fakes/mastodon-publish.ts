import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A fake Mastodon instance on 127.0.0.1 that receives statuses, checking what a real one checks:
 * - GET /api/v2/instance — `configuration.statuses.max_characters` (set per test);
 * - POST /api/v2/media — Bearer token, multipart `file`, `description` (alt text) required here
 *   (a real instance accepts none, but Vigie must always send it);
 * - POST /api/v1/statuses — Bearer token, `status` required and within max_characters with every
 *   URL counted as 23, media ids it issued, the Idempotency-Key honoured (same key: same status).
 * - DELETE /api/v1/statuses/:id — Bearer token; the status goes to `deleted` (404 if unknown).
 * - GET /api/v1/media/:id — 206 while the file is "processing", 200 with its url once done.
 * Behaviours a test can switch on (`behave`): media processed only after N polls (POST
 * /api/v2/media then answers 202 with `url: null`, and a status naming unprocessed media gets
 * 422, as a real instance does); statuses answered after a delay; the next status accepted
 * but its answer dropped (socket destroyed) as by a timeout.
 * Everything accepted is kept in `statuses` / `media` for the test to read.
 */
export type MastodonBehaviour = {
  /** Polls of GET /api/v1/media/:id answered 206 before the media is ready (0: processed at once, 200 on upload). */
  mediaProcessingPolls?: number;
  /** Delay before answering POST /api/v1/statuses (the status is kept at once). */
  statusDelayMs?: number;
  /** Accept the next N statuses, then destroy the connection instead of answering. */
  dropStatusAnswers?: number;
};

export type ReceivedStatus = { id: string; status: string; mediaIds: string[]; language: string | null; visibility: string | null; idempotencyKey: string | null };

export type FakeMastodonPublish = {
  url: string;
  token: string;
  statuses: ReceivedStatus[];
  media: { id: string; description: string; bytes: number; mime: string; pollsLeft: number }[];
  deleted: string[];
  requests: string[];
  setMaxCharacters(max: number): void;
  /** Replaces the test behaviours (none by default). */
  behave(behaviour: MastodonBehaviour): void;
  close(): Promise<void>;
};

export async function startFakeMastodonPublish(options: { token?: string; maxCharacters?: number } = {}): Promise<FakeMastodonPublish> {
  const token = options.token ?? "fake-mastodon-token";
  let maxCharacters = options.maxCharacters ?? 500;
  const statuses: ReceivedStatus[] = [];
  const media: FakeMastodonPublish["media"] = [];
  const requests: string[] = [];
  const deleted: string[] = [];
  const byKey = new Map<string, ReceivedStatus>();
  let base = "";
  let behaviour: MastodonBehaviour = {};

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, { error: String(error) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", base);
    requests.push(`${req.method} ${url.pathname}`);
    if (req.method === "GET" && url.pathname === "/api/v2/instance") {
      return send(res, 200, { domain: "relais.example", configuration: { statuses: { max_characters: maxCharacters, max_media_attachments: 4, characters_reserved_per_url: 23 } } });
    }
    if (req.method === "GET" && url.pathname === "/api/v1/instance") return send(res, 200, { uri: "relais.example", configuration: { statuses: { max_characters: maxCharacters } } });
    if (req.headers.authorization !== `Bearer ${token}`) return send(res, 401, { error: "The access token is invalid" });
    const body = await readBody(req);
    const toDelete = req.method === "DELETE" ? /^\/api\/v1\/statuses\/(\d+)$/.exec(url.pathname)?.[1] : undefined;
    if (toDelete) {
      if (!statuses.some((s) => s.id === toDelete) || deleted.includes(toDelete)) return send(res, 404, { error: "Record not found" });
      deleted.push(toDelete);
      return send(res, 200, { id: toDelete, text: "" });
    }
    if (req.method === "POST" && url.pathname === "/api/v2/media") {
      const form = await new Response(new Uint8Array(body), { headers: { "content-type": req.headers["content-type"] ?? "" } }).formData().catch(() => null);
      const file = form?.get("file");
      if (!form || !(file instanceof Blob) || file.size === 0) return send(res, 422, { error: "Validation failed: File can't be blank" });
      const description = form.get("description");
      if (typeof description !== "string" || !description.trim()) return send(res, 422, { error: "fake: description (alt text) expected" });
      if (description.length > 1500) return send(res, 422, { error: "Validation failed: Description is too long" });
      const id = String(900_000 + media.length);
      const pollsLeft = behaviour.mediaProcessingPolls ?? 0;
      media.push({ id, description, bytes: file.size, mime: file.type, pollsLeft });
      if (pollsLeft > 0) return send(res, 202, { id, type: "image", description, url: null });
      return send(res, 200, { id, type: "image", description, url: `${base}/media/${id}.jpg` });
    }
    const polled = req.method === "GET" ? /^\/api\/v1\/media\/(\d+)$/.exec(url.pathname)?.[1] : undefined;
    if (polled) {
      const item = media.find((m) => m.id === polled);
      if (!item) return send(res, 404, { error: "Record not found" });
      if (item.pollsLeft > 0) {
        item.pollsLeft--;
        return send(res, 206, { id: item.id, type: "image", url: null });
      }
      return send(res, 200, { id: item.id, type: "image", description: item.description, url: `${base}/media/${item.id}.jpg` });
    }
    if (req.method === "POST" && url.pathname === "/api/v1/statuses") {
      let json: { status?: unknown; media_ids?: unknown; language?: unknown; visibility?: unknown };
      try {
        json = JSON.parse(body.toString("utf8"));
      } catch {
        return send(res, 400, { error: "invalid JSON" });
      }
      const key = typeof req.headers["idempotency-key"] === "string" ? req.headers["idempotency-key"] : null;
      if (key && byKey.has(key)) return sendStatus(res, byKey.get(key)!);
      const mediaIds = Array.isArray(json.media_ids) ? json.media_ids.map(String) : [];
      if (typeof json.status !== "string" || (!json.status.trim() && mediaIds.length === 0)) return send(res, 422, { error: "Validation failed: Text can't be blank" });
      const length = Array.from(json.status.replace(/https?:\/\/[^\s<>"]+/g, "x".repeat(23))).length;
      if (length > maxCharacters) return send(res, 422, { error: `Validation failed: Text character limit of ${maxCharacters} exceeded` });
      if (mediaIds.some((id) => !media.some((m) => m.id === id))) return send(res, 422, { error: "Validation failed: unknown media" });
      if (mediaIds.some((id) => media.find((m) => m.id === id)!.pollsLeft > 0)) return send(res, 422, { error: "Cannot attach files that have not finished processing. Try again in a moment!" });
      const status: ReceivedStatus = {
        id: String(120_000_000_000 + statuses.length + 1),
        status: json.status,
        mediaIds,
        language: typeof json.language === "string" ? json.language : null,
        visibility: typeof json.visibility === "string" ? json.visibility : null,
        idempotencyKey: key,
      };
      statuses.push(status);
      if (key) byKey.set(key, status);
      if (behaviour.dropStatusAnswers) {
        behaviour.dropStatusAnswers--;
        req.socket.destroy();
        return;
      }
      if (behaviour.statusDelayMs) await new Promise((resolve) => setTimeout(resolve, behaviour.statusDelayMs));
      return sendStatus(res, status);
    }
    send(res, 404, { error: "Record not found" });
  }

  function sendStatus(res: ServerResponse, status: ReceivedStatus): void {
    send(res, 200, { id: status.id, uri: `${base}/users/vigie/statuses/${status.id}`, url: `${base}/@vigie/${status.id}`, content: `<p>${status.status}</p>`, visibility: status.visibility ?? "public" });
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    token,
    statuses,
    media,
    deleted,
    requests,
    setMaxCharacters: (max) => void (maxCharacters = max),
    behave: (next) => void (behaviour = { ...next }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
