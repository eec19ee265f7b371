import { getLocale, getTranslations } from "next-intl/server";
import { TriageDesk } from "@/components/triage/triage-desk";
import { requireActivationPage } from "@/lib/auth/guards";
import { listQueue } from "@/lib/triage/list-queue";
import { getReportCategories } from "@/lib/verify/report-categories";
import { labelPostAction } from "../feed/actions";
import { createReportAction } from "../reports/actions";
import { listQueueAction, releaseClaimAction, renewClaimAction, setTriageStateAction, takeNextAction } from "./actions";

export default async function TriagePage({ params }: { params: Promise<{ activationId: string }> }) {
  const { activationId } = await params;
  const { user } = await requireActivationPage(activationId, "triage");
  const [queue, t, locale, categories] = await Promise.all([listQueue(activationId), getTranslations("triage"), getLocale(), getReportCategories(activationId)]);
  return (
    <main className="page wide">
      <h1 className="visually-hidden">{t("title")}</h1>
      <TriageDesk
        activationId={activationId}
        currentUserId={user.id}
        initialQueue={queue}
        reportCategories={categories}
        locale={locale}
        actions={{
          takeNext: takeNextAction.bind(null, activationId),
          renew: renewClaimAction.bind(null, activationId),
          release: releaseClaimAction.bind(null, activationId),
          setState: setTriageStateAction.bind(null, activationId),
          label: labelPostAction.bind(null, activationId),
          listQueue: listQueueAction.bind(null, activationId),
          createReport: createReportAction.bind(null, activationId),
        }}
      />
    </main>
  );
}
