"use server";

import { requireUser } from "@/lib/auth/guards";
import { toActionError } from "@/lib/action-result";
import { capturePost } from "@/lib/ingest/capture-post";
import type { CaptureState } from "@/components/feed/capture-form";
import { zonedInputToDate } from "@/lib/team/zoned-time";

export async function captureAction(activationId: string, timeZone: string, _previous: CaptureState | null, data: FormData): Promise<CaptureState> {
  try {
    const actor = await requireUser();
    const files = data.getAll("photos").filter((f): f is File => f instanceof File && f.size > 0);
    const buffers = await Promise.all(files.map(async (file) => ({ bytes: Buffer.from(await file.arrayBuffer()), mime: file.type })));
    const text = (name: string) => String(data.get(name) ?? "").trim() || null;
    const result = await capturePost(actor, activationId, { url: text("url"), text: text("text") ?? "", authorHandle: text("authorHandle"), postedAt: text("postedAt") ? zonedInputToDate(text("postedAt")!, timeZone) : null }, buffers);
    return { ok: true, network: result.network, duplicate: result.duplicate, photos: result.media.map((m) => ({ id: m.id, exif: m.exif })) };
  } catch (error) {
    return toActionError(error);
  }
}
