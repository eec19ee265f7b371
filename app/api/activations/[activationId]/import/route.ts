import { apiError } from "@/lib/api-response";
import { currentUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { importRows } from "@/lib/ingest/import-rows";

export const dynamic = "force-dynamic";

/** One chunk of a file import (CSV, JSON or JSONL parsed in the browser). */
export async function POST(request: Request, { params }: { params: Promise<{ activationId: string }> }) {
  try {
    const { activationId } = await params;
    const user = await currentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "Login required");
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      throw new AppError("INVALID_INPUT", "Body is not JSON");
    }
    return Response.json(await importRows(user, activationId, body));
  } catch (error) {
    return apiError(error);
  }
}
