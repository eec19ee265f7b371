import { headers } from "next/headers";
import { getPublicMapSettings } from "@/lib/publish/get-public-map-settings";
import type { ActionResult } from "@/lib/action-result";
import { publicMapUrl } from "./public-map-url";
import { PublicMapSettingsForm } from "./public-map-settings-form";

/** The settings page's « Carte publique » section (the page checked the coordinator's right). */
type SettingsAction = (activationId: string, previous: ActionResult | null, data: FormData) => Promise<ActionResult>;

export async function PublicMapSettingsPanel({ activationId, action }: { activationId: string; action: SettingsAction }) {
  const settings = await getPublicMapSettings(activationId);
  return (
    <PublicMapSettingsForm
      initial={{
        publicMapAllowed: settings.publicMapAllowed,
        publicPrecision: settings.publicPrecision === "commune" ? "commune" : "grid",
        publicGridMeters: settings.publicGridMeters,
        mapTileUrl: settings.mapTileUrl ?? "",
        mapTileAttribution: settings.mapTileAttribution ?? "",
        mapOfflineOnly: settings.mapOfflineOnly,
      }}
      publicUrl={publicMapUrl(await headers(), settings.slug)}
      action={action.bind(null, activationId)}
    />
  );
}
