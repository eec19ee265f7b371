import { getTranslations } from "next-intl/server";
import { LiveFeed } from "@/components/feed/live-feed";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { countLabels } from "@/lib/enrich/count-labels";
import { listFeedPosts } from "@/lib/ingest/list-feed-posts";
import { listSourceNames } from "@/lib/ingest/list-sources";
import { labelPostAction } from "./actions";

export default async function FeedPage({ params }: { params: Promise<{ activationId: string }> }) {
  const { activationId } = await params;
  const { access } = await requireActivationPage(activationId);
  const [posts, urgent, labels, sources, t] = await Promise.all([
    listFeedPosts(activationId, { limit: 200 }),
    listFeedPosts(activationId, { limit: 30, urgent: true }),
    countLabels(activationId),
    listSourceNames(activationId),
    getTranslations("feed"),
  ]);
  return (
    <main className="page wide">
      <h1 className="visually-hidden">{t("title")}</h1>
      <LiveFeed
        activationId={activationId}
        initialPosts={posts}
        initialUrgent={urgent}
        initialLabels={labels}
        sources={sources}
        blurMedia={access.activation.blurMedia}
        label={access.capabilities.has("triage") ? labelPostAction.bind(null, activationId) : undefined}
      />
    </main>
  );
}
