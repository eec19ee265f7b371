import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OrganizationForm } from "@/components/admin/organization-form";
import { listOrganizations } from "@/lib/admin/list-organizations";
import { requireAdminUser } from "@/lib/auth/guards";
import { createOrganizationAction } from "./actions";

export default async function OrganizationsPage() {
  const actor = await requireAdminUser();
  const t = await getTranslations();
  const organizations = await listOrganizations(actor);
  return (
    <main className="page">
      <h1>{t("admin.organizations.title")}</h1>
      <table>
        <thead>
          <tr>
            <th>{t("admin.organizations.name")}</th>
            <th>{t("admin.organizations.type")}</th>
            <th>{t("admin.organizations.users")}</th>
            <th>{t("admin.organizations.active")}</th>
          </tr>
        </thead>
        <tbody>
          {organizations.map((org) => (
            <tr key={org.id}>
              <td>
                <Link href={`/admin/organizations/${org.id}`}>{org.name}</Link>
              </td>
              <td>{t(`orgTypes.${org.type}` as "orgTypes.OTHER")}</td>
              <td>{org.userCount}</td>
              <td>
                <span className={`badge ${org.active ? "on" : "off"}`}>{org.active ? t("common.yes") : t("admin.organizations.inactive")}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("admin.organizations.create")}</h2>
      <div className="panel">
        <OrganizationForm action={createOrganizationAction} submitLabel={t("admin.organizations.create")} successLabel={t("admin.organizations.created")} />
      </div>
    </main>
  );
}
