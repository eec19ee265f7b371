import { apiError } from "../api-response";
import { AppError } from "../errors";
import { currentUser } from "./guards";
import type { SessionUser } from "./session-user";

/**
 * An API route for signed-in users: the session is read first (401 without
 * one) and any error becomes the one JSON error answer (lib/api-response).
 * Access to the activation stays the handler's to check, through the lib
 * function it calls, as everywhere else.
 */
export function signedInRoute<Params>(handler: (request: Request, user: SessionUser, params: Params) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      const params = await context.params;
      const user = await currentUser();
      if (!user) throw new AppError("UNAUTHENTICATED", "Login required");
      return await handler(request, user, params);
    } catch (error) {
      return apiError(error);
    }
  };
}
