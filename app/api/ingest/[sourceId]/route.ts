import { apiError } from "@/lib/api-response";
import { AppError } from "@/lib/errors";
import { MAX_WEBHOOK_BYTES, receiveWebhook } from "@/lib/ingest/receive-webhook";
import { SIGNATURE_HEADER } from "@/lib/ingest/webhook-signature";

export const dynamic = "force-dynamic";

/** Signed webhook ingestion (format in the README). */
export async function POST(request: Request, { params }: { params: Promise<{ sourceId: string }> }) {
  try {
    const { sourceId } = await params;
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_WEBHOOK_BYTES) return Response.json({ error: { code: "INVALID_INPUT", message: "Body too large" } }, { status: 413 });
    const body = await request.text();
    if (Buffer.byteLength(body) > MAX_WEBHOOK_BYTES) throw new AppError("INVALID_INPUT", "Body too large");
    const result = await receiveWebhook({ sourceId, body, signature: request.headers.get(SIGNATURE_HEADER) });
    return Response.json({
      received: result.received,
      stored: result.stored,
      duplicates: result.duplicates,
      filtered: result.filtered,
      deleted: result.deleted,
      edited: result.edited,
      deadLettered: result.deadLettered,
    });
  } catch (error) {
    return apiError(error);
  }
}
