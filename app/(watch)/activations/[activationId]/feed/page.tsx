import { getTranslations } from "next-intl/server";
import { LiveFeed } from "@/components/feed/live-feed";
import { requireActivationPage } from "@/lib/auth/guards";
import { listFeedPosts } from "@/lib/ingest/list-feed-posts";
import { listSourceNames } from "@/lib/ingest/list-sources";

export default async function FeedPage({ params }: { params: Promise<{ activationId: string }> }) {
  const { activationId } = await params;
  const { access } = await requireActivationPage(activationId);
  const [posts, sources, t] = await Promise.all([listFeedPosts(activationId, { limit: 200 }), listSourceNames(activationId), getTranslations("feed")]);
  return (
    <main className="page wide">
      <h1 className="visually-hidden">{t("title")}</h1>
      <LiveFeed activationId={activationId} initialPosts={posts} sources={sources} blurMedia={access.activation.blurMedia} />
    </main>
  );
}
