import { getTranslations } from "next-intl/server";
import { TriageDesk } from "@/components/triage/triage-desk";
import { requireActivationPage } from "@/lib/auth/guards";
import { listQueue } from "@/lib/triage/list-queue";
import { labelPostAction } from "../feed/actions";
import { listQueueAction, releaseClaimAction, renewClaimAction, setTriageStateAction, takeNextAction } from "./actions";

export default async function TriagePage({ params }: { params: Promise<{ activationId: string }> }) {
  const { activationId } = await params;
  const { user } = await requireActivationPage(activationId, "triage");
  const [queue, t] = await Promise.all([listQueue(activationId), getTranslations("triage")]);
  return (
    <main className="page wide">
      <h1 className="visually-hidden">{t("title")}</h1>
      <TriageDesk
        activationId={activationId}
        currentUserId={user.id}
        initialQueue={queue}
        actions={{
          takeNext: takeNextAction.bind(null, activationId),
          renew: renewClaimAction.bind(null, activationId),
          release: releaseClaimAction.bind(null, activationId),
          setState: setTriageStateAction.bind(null, activationId),
          label: labelPostAction.bind(null, activationId),
          listQueue: listQueueAction.bind(null, activationId),
        }}
      />
    </main>
  );
}
