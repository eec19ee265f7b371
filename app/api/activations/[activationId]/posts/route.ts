import { getActivationAccess } from "@/lib/activation/get-activation-access";
import { signedInRoute } from "@/lib/auth/signed-in-route";
import { feedQuerySchema, listFeedPosts } from "@/lib/ingest/list-feed-posts";

export const dynamic = "force-dynamic";

/** The feed's posts as JSON: older pages (`before`) and catch-up after a reconnect (`after`). */
export const GET = signedInRoute<{ activationId: string }>(async (request, user, { activationId }) => {
  await getActivationAccess(user, activationId);
  const query = feedQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json({ posts: await listFeedPosts(activationId, query) }, { headers: { "cache-control": "no-store" } });
});
