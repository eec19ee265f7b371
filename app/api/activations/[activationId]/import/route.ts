import { signedInRoute } from "@/lib/auth/signed-in-route";
import { AppError } from "@/lib/errors";
import { importRows } from "@/lib/ingest/import-rows";

export const dynamic = "force-dynamic";

/** One chunk of a file import (CSV, JSON or JSONL parsed in the browser). */
export const POST = signedInRoute<{ activationId: string }>(async (request, user, { activationId }) => {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("INVALID_INPUT", "Body is not JSON");
  }
  return Response.json(await importRows(user, activationId, body));
});
