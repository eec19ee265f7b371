import { getTranslations } from "next-intl/server";
import { WatchMapLoader } from "@/components/map/watch-map-loader";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { getMapPageData } from "@/lib/map/get-map-page-data";
import { publishFeatureAction, unpublishFeatureAction } from "../publish/actions";
import { createMapFeatureAction, deleteMapFeatureAction, moveReportAction, updateMapFeatureAction } from "./actions";

export default async function MapPage({ params, searchParams }: { params: Promise<{ activationId: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { activationId } = await params;
  const { access } = await requireActivationPage(activationId);
  const [data, t] = await Promise.all([getMapPageData(activationId, access.capabilities, await searchParams), getTranslations("map")]);
  return (
    <main className="page wide" style={{ maxWidth: "none" }}>
      <h1 style={{ fontSize: "1.2rem", margin: "0 0 0.5rem" }}>{t("title")}</h1>
      <WatchMapLoader
        activationId={activationId}
        data={data}
        featureActions={{
          create: createMapFeatureAction.bind(null, activationId),
          update: updateMapFeatureAction.bind(null, activationId),
          remove: deleteMapFeatureAction.bind(null, activationId),
        }}
        moveReport={moveReportAction.bind(null, activationId)}
        publishActions={{ publish: publishFeatureAction.bind(null, activationId), unpublish: unpublishFeatureAction.bind(null, activationId) }}
      />
    </main>
  );
}
