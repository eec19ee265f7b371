/**
 * A streaming HTTP body (newline-delimited JSON) read as lines: the complete
 * lines that arrived together are yielded together (one delivery, one
 * transaction, under load). Blank keep-alive lines (`\r\n`) only prove the
 * connection is alive. Ends when the body ends or breaks (a dropped stream),
 * or when nothing at all arrived for `stallMs` (X sends a keep-alive every
 * 20 seconds; silence means a dead connection the socket has not noticed).
 */
export async function* readLineBatches(body: ReadableStream<Uint8Array>, stallMs: number): AsyncGenerator<string[]> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = "";
  try {
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const stalled = new Promise<"stalled">((resolve) => (timer = setTimeout(() => resolve("stalled"), stallMs)));
      let chunk: ReadableStreamReadResult<Uint8Array> | "stalled";
      try {
        chunk = await Promise.race([reader.read(), stalled]);
      } catch {
        return; // the connection broke (or the run was stopped): the caller reconnects or returns
      } finally {
        clearTimeout(timer);
      }
      if (chunk === "stalled" || chunk.done) return;
      pending += decoder.decode(chunk.value, { stream: true });
      const parts = pending.split("\n");
      pending = parts.pop() ?? "";
      const lines = parts.map((line) => line.trim()).filter(Boolean);
      if (lines.length) yield lines;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
