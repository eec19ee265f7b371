import { getTranslations } from "next-intl/server";
import { RecordLiveRefresh } from "@/components/report/record-live-refresh";
import { BoardFilters } from "@/components/solidarity/board-filters";
import { SolidarityItemCard } from "@/components/solidarity/item-card";
import { SolidarityItemForm } from "@/components/solidarity/item-form";
import { MatchPanel } from "@/components/solidarity/match-panel";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { SOLIDARITY_CHANGED_EVENT } from "@/lib/realtime/events";
import { getSolidarityBoard } from "@/lib/solidarity/get-solidarity-board";
import { prefillFromPost, prefillFromReport } from "@/lib/solidarity/solidarity-prefill";
import { closeSolidarityItemAction, confirmMatchAction, createSolidarityItemAction, draftRelayAction, searchCommunesAction, updateSolidarityItemAction } from "./actions";

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SolidarityPage({ params, searchParams }: { params: Promise<{ activationId: string }>; searchParams: Promise<SearchParams> }) {
  const { activationId } = await params;
  const query = await searchParams;
  const { user } = await requireActivationPage(activationId);
  const [board, t] = await Promise.all([
    getSolidarityBoard(user, activationId, { side: one(query.side), type: one(query.type), status: one(query.status), insee: one(query.insee) }),
    getTranslations("solidarity"),
  ]);
  const { rights } = board;
  const fromPost = one(query.fromPost);
  const fromReport = one(query.fromReport);
  const prefill = !rights.canEdit ? null : fromPost ? await prefillFromPost(activationId, fromPost) : fromReport ? await prefillFromReport(activationId, fromReport) : null;
  return (
    <main className="page wide">
      <RecordLiveRefresh activationId={activationId} eventType={SOLIDARITY_CHANGED_EVENT} />
      <h1>{t("title")}</h1>
      <p className="muted small">{rights.seesContacts ? t("introMember") : t("introReader")}</p>
      <div className="grid2">
        <section className="stack">
          <BoardFilters filters={board.filters} communes={board.communes} />
          <p className="muted small" data-testid="solidarity-count">
            {t("count", { count: board.items.length })}
          </p>
          {board.items.length === 0 ? <p className="muted">{t("empty")}</p> : null}
          <div className="stack" data-testid="solidarity-items">
            {board.items.map((item) => (
              <SolidarityItemCard
                key={item.id}
                activationId={activationId}
                item={item}
                canEdit={rights.canEdit}
                canCoordinate={rights.canCoordinate}
                update={updateSolidarityItemAction.bind(null, activationId, item.id)}
                close={closeSolidarityItemAction.bind(null, activationId, item.id)}
                draftRelay={draftRelayAction.bind(null, activationId, item.id)}
                search={searchCommunesAction.bind(null, activationId)}
              />
            ))}
          </div>
        </section>
        <section className="stack">
          <MatchPanel suggestions={board.suggestions} pairs={board.pairs} byId={board.byId} canEdit={rights.canEdit} confirm={confirmMatchAction.bind(null, activationId)} />
          {rights.canEdit ? (
            <section className="panel" id="new-item">
              <h2 style={{ marginTop: 0 }}>{prefill ? t("newFromSource") : t("newTitle")}</h2>
              <SolidarityItemForm
                key={prefill?.postId ?? prefill?.reportId ?? "new"}
                action={createSolidarityItemAction.bind(null, activationId)}
                search={searchCommunesAction.bind(null, activationId)}
                prefill={prefill}
                withContact={rights.seesContacts}
              />
            </section>
          ) : null}
        </section>
      </div>
    </main>
  );
}
