import { signedInRoute } from "@/lib/auth/signed-in-route";
import { findCommunesForMap } from "@/lib/map/find-communes-for-map";

export const dynamic = "force-dynamic";

/** Communes matching `q`, the activation's départements first: the map's "fly to a commune" search. */
export const GET = signedInRoute<{ activationId: string }>(async (request, user, { activationId }) => {
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 80);
  return Response.json({ communes: await findCommunesForMap(user, activationId, q) }, { headers: { "cache-control": "private, no-store" } });
});
