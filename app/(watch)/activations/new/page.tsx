import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CreateActivationWizard } from "@/components/activation/create-activation-wizard";
import { listHazardTemplates } from "@/lib/activation/hazard-templates";
import { listRequesterOrganizations } from "@/lib/activation/list-requester-organizations";
import { requireUser } from "@/lib/auth/guards";
import { createActivationAction } from "../actions";

export default async function NewActivationPage() {
  const user = await requireUser();
  if (user.role !== "COORDINATOR" && user.role !== "ADMIN") forbidden();
  const t = await getTranslations("wizard");
  const [templates, requesters] = await Promise.all([listHazardTemplates(), listRequesterOrganizations()]);
  return (
    <main className="page">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <CreateActivationWizard templates={templates.map(({ updatedAt: _u, ...template }) => template)} requesters={requesters} action={createActivationAction} />
    </main>
  );
}
