import { apiError } from "@/lib/api-response";
import { currentUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { findCommunesForMap } from "@/lib/map/find-communes-for-map";

export const dynamic = "force-dynamic";

/** Communes matching `q`, the activation's départements first: the map's "fly to a commune" search. */
export async function GET(request: Request, { params }: { params: Promise<{ activationId: string }> }) {
  try {
    const { activationId } = await params;
    const user = await currentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "Login required");
    const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 80);
    return Response.json({ communes: await findCommunesForMap(user, activationId, q) }, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return apiError(error);
  }
}
