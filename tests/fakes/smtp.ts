import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/**
 * A fake SMTP server on 127.0.0.1 (random port) that accepts every message
 * and keeps it: envelope, raw source, and the decoded subject and plain-text
 * part (MIME multipart, quoted-printable or base64, RFC 2047 encoded words),
 * enough to read what Vigie sends. Faults on demand: refuse the next
 * messages with a 4xx/5xx reply.
 */
export type ReceivedMail = { from: string; to: string[]; raw: string; subject: string; text: string; html: string };

export type FakeSmtp = {
  url: string;
  messages: ReceivedMail[];
  /** Resolves once at least `count` messages have arrived in total. */
  waitForMessages: (count: number, timeoutMs?: number) => Promise<ReceivedMail[]>;
  /** Refuse the next `count` messages (the client sees an SMTP error). */
  failNext: (count: number) => void;
  clear: () => void;
  close: () => Promise<void>;
};

export async function startFakeSmtp(): Promise<FakeSmtp> {
  const messages: ReceivedMail[] = [];
  const waiters: { count: number; resolve: (m: ReceivedMail[]) => void }[] = [];
  let failures = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (failures > 0) {
          failures--;
          const error = new Error("Mailbox temporarily unavailable") as Error & { responseCode: number };
          error.responseCode = 451;
          return callback(error);
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        const envelope = session.envelope;
        messages.push({
          from: envelope.mailFrom ? envelope.mailFrom.address : "",
          to: envelope.rcptTo.map((r) => r.address),
          raw,
          ...parseMessage(raw),
        });
        for (const waiter of [...waiters]) {
          if (messages.length >= waiter.count) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve([...messages]);
          }
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitForMessages: (count, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        if (messages.length >= count) return resolve([...messages]);
        const waiter = { count, resolve };
        waiters.push(waiter);
        setTimeout(() => reject(new Error(`fake SMTP: ${messages.length} message(s) of ${count} after ${timeoutMs} ms`)), timeoutMs).unref();
      }),
    failNext: (count) => {
      failures = count;
    },
    clear: () => {
      messages.splice(0);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function parseMessage(raw: string): { subject: string; text: string; html: string } {
  const [head, body] = splitHead(raw);
  const headers = parseHeaders(head);
  const subject = decodeWords(headers.get("subject") ?? "");
  const parts = collectParts(headers, body);
  return { subject, text: parts.find((p) => p.type === "text/plain")?.content ?? "", html: parts.find((p) => p.type === "text/html")?.content ?? "" };
}

function splitHead(raw: string): [string, string] {
  const index = raw.search(/\r?\n\r?\n/);
  if (index < 0) return [raw, ""];
  const separator = raw.slice(index).match(/^\r?\n\r?\n/)![0];
  return [raw.slice(0, index), raw.slice(index + separator.length)];
}

function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function collectParts(headers: Map<string, string>, body: string): { type: string; content: string }[] {
  const contentType = headers.get("content-type") ?? "text/plain";
  const boundary = contentType.match(/boundary="?([^";]+)"?/i)?.[1];
  if (contentType.toLowerCase().startsWith("multipart/") && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((part) => !part.startsWith("--"))
      .flatMap((part) => {
        const [partHead, partBody] = splitHead(part.replace(/^\r?\n/, ""));
        return collectParts(parseHeaders(partHead), partBody);
      });
  }
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const content = encoding === "quoted-printable" ? decodeQuotedPrintable(body) : encoding === "base64" ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8") : body;
  return [{ type: contentType.split(";")[0].trim().toLowerCase(), content: content.replace(/\r\n/g, "\n").trimEnd() }];
}

function decodeQuotedPrintable(text: string): string {
  // Literal "%" first, so that only the =XX escapes become percent escapes.
  const escaped = text.replace(/=\r?\n/g, "").replace(/%/g, "%25").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`);
  try {
    return decodeURIComponent(escaped);
  } catch {
    return text;
  }
}

function decodeWords(value: string): string {
  // Whitespace between two encoded words is not part of the text (RFC 2047).
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === "B" ? Buffer.from(data, "base64").toString("utf8") : decodeQuotedPrintable(data.replace(/_/g, " ")),
    );
}
