import { z } from "zod";
import { getActivationAccess } from "@/lib/activation/get-activation-access";
import { signedInRoute } from "@/lib/auth/signed-in-route";
import { requireUuid } from "@/lib/errors";
import { readMediaFile } from "@/lib/media/read-media-file";

export const dynamic = "force-dynamic";

/** A stored photo (full, thumbnail or blurred thumbnail), for those who may read its activation. */
export const GET = signedInRoute<{ mediaId: string }>(async (request, user, { mediaId }) => {
  requireUuid(mediaId, "No such media");
  const variant = z.enum(["full", "thumb", "blurred"]).catch("thumb").parse(new URL(request.url).searchParams.get("variant"));
  const media = await readMediaFile(mediaId, variant);
  await getActivationAccess(user, media.activationId);
  return new Response(new Uint8Array(media.bytes), {
    headers: { "content-type": media.mime, "cache-control": "private, max-age=3600", "x-content-type-options": "nosniff" },
  });
});
