import { signedInRoute } from "@/lib/auth/signed-in-route";
import { relayMessageImage } from "@/lib/relay/relay-message-image";

export const dynamic = "force-dynamic";

/** The share kit's image of a relay message: re-encoded without EXIF, as a download. */
export const GET = signedInRoute<{ activationId: string; messageId: string }>(async (_request, user, { activationId, messageId }) => {
  const image = await relayMessageImage(user, activationId, messageId);
  return new Response(new Uint8Array(image.bytes), {
    headers: { "content-type": image.mime, "content-disposition": `attachment; filename="vigie-relais-${messageId.slice(0, 8)}.jpg"`, "cache-control": "private, max-age=600", "x-content-type-options": "nosniff" },
  });
});
