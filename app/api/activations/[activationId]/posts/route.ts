import { apiError } from "@/lib/api-response";
import { getActivationAccess } from "@/lib/activation/get-activation-access";
import { currentUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { feedQuerySchema, listFeedPosts } from "@/lib/ingest/list-feed-posts";

export const dynamic = "force-dynamic";

/** The feed's posts as JSON: older pages (`before`) and catch-up after a reconnect (`after`). */
export async function GET(request: Request, { params }: { params: Promise<{ activationId: string }> }) {
  try {
    const { activationId } = await params;
    const user = await currentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "Login required");
    await getActivationAccess(user, activationId);
    const query = feedQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    return Response.json({ posts: await listFeedPosts(activationId, query) }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return apiError(error);
  }
}
