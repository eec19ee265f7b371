import { headers } from "next/headers";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { getReportPublication } from "@/lib/publish/get-report-publication";
import type { PublishActionResult } from "@/lib/publish/publish-action-result";
import { publicMapUrl } from "./public-map-url";
import { ReportPublicationForm } from "./report-publication-form";

type Props = {
  activationId: string;
  reportId: string;
  /** The page's server actions, bound here to this report. */
  publishAction: (activationId: string, reportId: string, previous: PublishActionResult | null, data: FormData) => Promise<PublishActionResult>;
  unpublishAction: (activationId: string, reportId: string) => Promise<PublishActionResult>;
};

/** The report page's « Publication » panel (server part): loads its own data, so the page includes it in one line. */
export async function PublicationPanel({ activationId, reportId, publishAction, unpublishAction }: Props) {
  const { access } = await requireActivationPage(activationId);
  const publication = await getReportPublication(activationId, reportId);
  const blocked = publication.merged ? "publish_merged_report" : publication.postDeleted ? "publish_post_deleted" : null;
  return (
    <ReportPublicationForm
      state={{
        status: publication.status,
        published: publication.published,
        publishedAt: publication.publishedAt?.toISOString() ?? null,
        publicTitle: publication.publicTitle,
        publicSummary: publication.publicSummary,
        suggested: publication.suggested,
        version: publication.version,
        blocked,
      }}
      canPublish={access.capabilities.has("coordinate")}
      publicMapAllowed={publication.publicMapAllowed}
      publicUrl={publicMapUrl(await headers(), publication.slug)}
      publish={publishAction.bind(null, activationId, reportId)}
      unpublish={unpublishAction.bind(null, activationId, reportId)}
    />
  );
}
