import { getLocale, getTranslations } from "next-intl/server";
import { TriageDesk } from "@/components/triage/triage-desk";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { listQueue } from "@/lib/triage/list-queue";
import { listReports } from "@/lib/verify/list-reports";
import { getReportCategories } from "@/lib/verify/report-categories";
import { labelPostAction } from "../feed/actions";
import { attachPostsAction, createReportAction } from "../reports/actions";
import { listQueueAction, releaseClaimAction, renewClaimAction, setTriageStateAction, takeNextAction } from "./actions";

export default async function TriagePage({ params }: { params: Promise<{ activationId: string }> }) {
  const { activationId } = await params;
  const { user } = await requireActivationPage(activationId, "triage");
  const [queue, t, locale, categories, reports] = await Promise.all([listQueue(activationId), getTranslations("triage"), getLocale(), getReportCategories(activationId), listReports(activationId, { limit: 30 })]);
  return (
    <main className="page wide">
      <h1 className="visually-hidden">{t("title")}</h1>
      <TriageDesk
        activationId={activationId}
        currentUserId={user.id}
        initialQueue={queue}
        reportCategories={categories}
        recentReports={reports.map((r) => ({ id: r.id, title: r.title }))}
        locale={locale}
        actions={{
          takeNext: takeNextAction.bind(null, activationId),
          renew: renewClaimAction.bind(null, activationId),
          release: releaseClaimAction.bind(null, activationId),
          setState: setTriageStateAction.bind(null, activationId),
          label: labelPostAction.bind(null, activationId),
          listQueue: listQueueAction.bind(null, activationId),
          createReport: createReportAction.bind(null, activationId),
          attach: attachPostsAction.bind(null, activationId),
        }}
      />
    </main>
  );
}
