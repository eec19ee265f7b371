import { z } from "zod";
import { apiError } from "@/lib/api-response";
import { getActivationAccess } from "@/lib/activation/get-activation-access";
import { currentUser } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { relayImageBytes } from "@/lib/relay/relay-image";

export const dynamic = "force-dynamic";

/** The share kit's image of a relay message: re-encoded without EXIF, as a download. */
export async function GET(_request: Request, { params }: { params: Promise<{ activationId: string; messageId: string }> }) {
  try {
    const { activationId, messageId } = await params;
    if (!z.uuid().safeParse(messageId).success) throw new AppError("NOT_FOUND", "relay_not_found");
    const user = await currentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "Login required");
    await getActivationAccess(user, activationId);
    const message = await db().relayMessage.findFirst({ where: { id: messageId, activationId }, select: { imageMediaId: true } });
    if (!message?.imageMediaId) throw new AppError("NOT_FOUND", "relay_not_found");
    const image = await relayImageBytes(message.imageMediaId);
    return new Response(new Uint8Array(image.bytes), {
      headers: { "content-type": image.mime, "content-disposition": `attachment; filename="vigie-relais-${messageId.slice(0, 8)}.jpg"`, "cache-control": "private, max-age=600", "x-content-type-options": "nosniff" },
    });
  } catch (error) {
    return apiError(error);
  }
}
