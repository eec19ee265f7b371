import { ZodError } from "zod";
import { isAppError } from "./errors";

/**
 * What a server action returns to its form. `error` and field errors are i18n
 * keys under `errors.*`, translated by the form.
 */
export type ActionResult =
  | { ok: true; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

/** Maps a thrown error to an action result, once for every action. Unknown errors are logged, never shown. */
export function toActionError(error: unknown): ActionResult {
  if (error instanceof ZodError) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) {
      const field = String(issue.path[0] ?? "form");
      fieldErrors[field] ??= knownKey(issue.message) ?? "INVALID_INPUT";
    }
    return { ok: false, error: "INVALID_INPUT", fieldErrors };
  }
  if (isAppError(error)) {
    return { ok: false, error: knownKey(error.message) ?? error.code };
  }
  console.error("action failed", error);
  return { ok: false, error: "INTERNAL" };
}

// Messages that are i18n keys (snake_case) go through; English sentences map to their code.
function knownKey(message: string): string | undefined {
  return /^[a-z][a-z_]+$/.test(message) ? message : undefined;
}
