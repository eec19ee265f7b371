import { AppError } from "../../errors";
import type { SourceKindSpec } from "./source-kind-spec";

/**
 * Separates a kind's validated settings into the config (stored, shown,
 * audited) and the credential (Source.secret, never shown again). A blank
 * credential keeps the previous one, so editing a source's other settings
 * does not require typing its token again.
 */
export function splitSettings(spec: SourceKindSpec, settings: Record<string, unknown>, previousSecret: string | null): { config: Record<string, unknown>; secret: string | null } {
  if (!spec.secretField) return { config: settings, secret: previousSecret };
  const { [spec.secretField]: credential, ...config } = settings;
  const secret = typeof credential === "string" && credential !== "" ? credential : previousSecret;
  if (!secret && spec.requiresSecret) throw new AppError("INVALID_INPUT", spec.requiresSecret);
  return { config, secret };
}
