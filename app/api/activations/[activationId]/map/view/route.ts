import { apiError } from "@/lib/api-response";
import { currentUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { getMapView } from "@/lib/map/get-map-view";

export const dynamic = "force-dynamic";

/** The map's clusters and points for one viewport and zoom (`bbox=west,south,east,north&zoom=…` plus filters). */
export async function GET(request: Request, { params }: { params: Promise<{ activationId: string }> }) {
  try {
    const { activationId } = await params;
    const user = await currentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "Login required");
    const view = await getMapView(user, activationId, Object.fromEntries(new URL(request.url).searchParams));
    return Response.json(view, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return apiError(error);
  }
}
