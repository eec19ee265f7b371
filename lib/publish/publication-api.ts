import { apiError } from "../api-response";
import { currentUser } from "../auth/guards";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { PersonalDataRefusal } from "./publish-errors";

/**
 * Shared by the publication API routes: a session is required, the domain function checks the
 * rights; a refusal for personal data answers 400 with the flags (field, kind, words found).
 */
export async function publicationResponse(run: (user: SessionUser) => Promise<unknown>): Promise<Response> {
  try {
    const user = await currentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "Login required");
    return Response.json(await run(user), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof PersonalDataRefusal) {
      return Response.json({ error: { code: error.code, message: error.message, flags: error.flags } }, { status: 400, headers: { "cache-control": "no-store" } });
    }
    return apiError(error);
  }
}

export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("INVALID_INPUT", "Body must be JSON");
  }
}
