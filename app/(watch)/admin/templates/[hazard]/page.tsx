import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TemplateForm } from "@/components/admin/template-form";
import { getHazardTemplate } from "@/lib/activation/hazard-templates";
import { isHazard } from "@/lib/activation/hazards";
import { requireAdminUser } from "@/lib/auth/guards";
import { updateTemplateAction } from "../actions";

export default async function TemplatePage({ params }: { params: Promise<{ hazard: string }> }) {
  const { hazard } = await params;
  await requireAdminUser();
  if (!isHazard(hazard)) notFound();
  const [template, t] = await Promise.all([getHazardTemplate(hazard), getTranslations()]);
  const { updatedAt: _updatedAt, ...data } = template;
  return (
    <main className="page">
      <p>
        <Link href="/admin/templates">← {t("common.back")}</Link>
      </p>
      <h1>
        {t("templates.title")} — {t(`hazards.${hazard}`)}
      </h1>
      <TemplateForm template={data} action={updateTemplateAction.bind(null, hazard)} />
    </main>
  );
}
