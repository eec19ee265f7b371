import { getTranslations } from "next-intl/server";
import { CaptureForm } from "@/components/feed/capture-form";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { captureAction } from "./actions";

export default async function CapturePage({ params }: { params: Promise<{ activationId: string }> }) {
  const { activationId } = await params;
  const { access } = await requireActivationPage(activationId, "triage");
  const t = await getTranslations("capture");
  return (
    <main className="page">
      <h1>{t("title")}</h1>
      <p className="muted">{t("help")}</p>
      <CaptureForm action={captureAction.bind(null, activationId, access.activation.timeZone)} />
    </main>
  );
}
