import { signedInRoute } from "@/lib/auth/signed-in-route";
import { listMapFeatures } from "@/lib/map/list-map-features";

export const dynamic = "force-dynamic";

/** The drawn features of the watch-room map (changes then arrive live as `map:feature` events). */
export const GET = signedInRoute<{ activationId: string }>(async (_request, user, { activationId }) => {
  return Response.json({ features: await listMapFeatures(user, activationId) }, { headers: { "cache-control": "private, no-store" } });
});
