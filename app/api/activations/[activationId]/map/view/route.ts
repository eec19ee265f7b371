import { signedInRoute } from "@/lib/auth/signed-in-route";
import { getMapView } from "@/lib/map/get-map-view";

export const dynamic = "force-dynamic";

/** The map's clusters and points for one viewport and zoom (`bbox=west,south,east,north&zoom=…` plus filters). */
export const GET = signedInRoute<{ activationId: string }>(async (request, user, { activationId }) => {
  const view = await getMapView(user, activationId, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(view, { headers: { "cache-control": "private, no-store" } });
});
