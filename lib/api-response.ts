import { ZodError } from "zod";
import { AppError, errorStatus, isAppError } from "./errors";

/**
 * The one mapping from errors to JSON API responses: `{ error: { code, message } }`
 * with the status of the code. Unknown errors are logged and never detailed.
 */
export function apiError(error: unknown): Response {
  if (error instanceof ZodError) {
    const fields = Object.fromEntries(error.issues.map((issue) => [issue.path.join(".") || "body", issue.message]));
    return Response.json({ error: { code: "INVALID_INPUT", message: "Invalid input", fields } }, { status: errorStatus.INVALID_INPUT });
  }
  if (isAppError(error)) {
    return Response.json({ error: { code: error.code, message: error.message } }, { status: errorStatus[error.code] });
  }
  console.error("route failed", error);
  return Response.json({ error: { code: "INTERNAL", message: "Internal error" } }, { status: errorStatus.INTERNAL });
}

export function apiNotFound(): Response {
  return apiError(new AppError("NOT_FOUND", "No such API route"));
}
