import { getTranslations } from "next-intl/server";
import { LiveFeed } from "@/components/feed/live-feed";
import { getActivationOverview } from "@/lib/activation/get-activation-overview";
import { requireActivationPage } from "@/lib/auth/guards";
import { listFeedPosts } from "@/lib/ingest/list-feed-posts";
import { listSourceNames } from "@/lib/ingest/list-sources";

export default async function FeedPage({ params }: { params: Promise<{ activationId: string }> }) {
  const { activationId } = await params;
  await requireActivationPage(activationId);
  const [posts, sources, t, overview] = await Promise.all([listFeedPosts(activationId, { limit: 200 }), listSourceNames(activationId), getTranslations("feed"), getActivationOverview(activationId)]);
  return (
    <main className="page wide">
      <h1 className="visually-hidden">{t("title")}</h1>
      <LiveFeed activationId={activationId} initialPosts={posts} sources={sources} blurMedia={overview.blurMedia} />
    </main>
  );
}
