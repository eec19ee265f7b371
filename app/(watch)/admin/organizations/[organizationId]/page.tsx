import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OrganizationForm } from "@/components/admin/organization-form";
import { getOrganization } from "@/lib/admin/get-organization";
import { requireAdminUser } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { updateOrganizationAction } from "../actions";

export default async function OrganizationPage({ params }: { params: Promise<{ organizationId: string }> }) {
  const { organizationId } = await params;
  const actor = await requireAdminUser();
  const t = await getTranslations();
  const organization = await getOrganization(actor, organizationId).catch((error) => {
    if (isAppError(error)) notFound();
    throw error;
  });
  return (
    <main className="page">
      <p>
        <Link href="/admin/organizations">← {t("common.back")}</Link>
      </p>
      <h1>{organization.name}</h1>
      <div className="panel">
        <OrganizationForm
          action={updateOrganizationAction.bind(null, organization.id)}
          initial={organization}
          submitLabel={t("common.save")}
          successLabel={t("common.saved")}
        />
      </div>
    </main>
  );
}
