"use server";

import { toActionError, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import type { FeedPost } from "@/lib/ingest/feed-post";
import { getFeedPost } from "@/lib/ingest/get-feed-post";
import { listQueue, type QueueItem } from "@/lib/triage/list-queue";
import { releaseClaim } from "@/lib/triage/release-claim";
import { renewClaim } from "@/lib/triage/renew-claim";
import { setTriageState } from "@/lib/triage/set-triage-state";
import { takeNextPost } from "@/lib/triage/take-next-post";
import { requireActivationCapability } from "@/lib/activation/get-activation-access";
import { getSourceReliability, sourceKey, type SourceRecord } from "@/lib/verify/source-reliability";

export type TakeNextResult = ActionResult & { post?: FeedPost | null; expiresAt?: string; source?: SourceRecord | null };

export async function takeNextAction(activationId: string, filters: unknown): Promise<TakeNextResult> {
  try {
    const actor = await requireUser();
    const claim = await takeNextPost(actor, activationId, filters);
    if (!claim) return { ok: true, post: null };
    const post = await getFeedPost(activationId, claim.postId);
    const records = post.authorHandle ? await getSourceReliability(activationId, [{ network: post.network, handle: post.authorHandle }]) : new Map();
    return { ok: true, post, expiresAt: claim.expiresAt.toISOString(), source: post.authorHandle ? (records.get(sourceKey(post.network, post.authorHandle)) ?? null) : null };
  } catch (error) {
    return toActionError(error);
  }
}

export async function renewClaimAction(activationId: string, postId: string): Promise<ActionResult> {
  try {
    await renewClaim(await requireUser(), activationId, postId);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}

export async function releaseClaimAction(activationId: string, postId: string): Promise<ActionResult> {
  try {
    await releaseClaim(await requireUser(), activationId, postId);
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}

export async function setTriageStateAction(activationId: string, postIds: string[], state: "DISCARDED" | "HANDLED" | "OPEN"): Promise<ActionResult> {
  try {
    await setTriageState(await requireUser(), activationId, { postIds, state });
    return { ok: true };
  } catch (error) {
    return toActionError(error);
  }
}

export async function listQueueAction(activationId: string, filters: unknown): Promise<ActionResult & { items?: QueueItem[]; open?: number }> {
  try {
    await requireActivationCapability(await requireUser(), activationId, "read");
    return { ok: true, ...(await listQueue(activationId, filters)) };
  } catch (error) {
    return toActionError(error);
  }
}
