import { apiError } from "@/lib/api-response";
import { currentUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { listMapFeatures } from "@/lib/map/list-map-features";

export const dynamic = "force-dynamic";

/** The drawn features of the watch-room map (changes then arrive live as `map:feature` events). */
export async function GET(_request: Request, { params }: { params: Promise<{ activationId: string }> }) {
  try {
    const { activationId } = await params;
    const user = await currentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "Login required");
    return Response.json({ features: await listMapFeatures(user, activationId) }, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return apiError(error);
  }
}
