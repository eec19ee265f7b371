import { requireActivationCapability } from "../activation/get-activation-access";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import { AppError } from "../errors";
import { sourceKind } from "./source-kinds/registry";
import type { SourceTestResult } from "./source-kinds/source-kind-spec";

export type { SourceTestResult } from "./source-kinds/source-kind-spec";

/**
 * "Test connection": each kind checks what it can without storing anything
 * (a network's endpoints and credentials, a feed's readability, a webhook's
 * sample payloads through validation and the watch filter).
 */
export async function testSource(actor: SessionUser, activationId: string, sourceId: string, sample: string | null): Promise<SourceTestResult> {
  await requireActivationCapability(actor, activationId, "triage");
  const source = await db().source.findFirst({ where: { id: sourceId, activationId } });
  if (!source) throw new AppError("NOT_FOUND", "source_not_found");
  return sourceKind(source.kind).test({
    activationId,
    sourceId,
    config: (source.config ?? {}) as Record<string, unknown>,
    secret: source.secret,
    sample,
    signal: AbortSignal.timeout(30_000),
  });
}
