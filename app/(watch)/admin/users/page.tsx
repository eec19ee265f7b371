import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UserForm } from "@/components/admin/user-form";
import { listOrganizations } from "@/lib/admin/list-organizations";
import { listUsers } from "@/lib/admin/list-users";
import { requireAdminUser } from "@/lib/auth/guards";
import { createUserAction } from "./actions";

export default async function UsersPage() {
  const actor = await requireAdminUser();
  const t = await getTranslations();
  const [users, organizations] = await Promise.all([listUsers(actor), listOrganizations(actor)]);
  return (
    <main className="page">
      <h1>{t("admin.users.title")}</h1>
      <table>
        <thead>
          <tr>
            <th>{t("admin.users.name")}</th>
            <th>{t("admin.users.email")}</th>
            <th>{t("admin.users.role")}</th>
            <th>{t("admin.users.organization")}</th>
            <th>{t("admin.users.status")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>
                <Link href={`/admin/users/${user.id}`}>{user.name}</Link>
              </td>
              <td>{user.email}</td>
              <td>{t(`roles.${user.role}` as "roles.ADMIN")}</td>
              <td>{user.organizationName}</td>
              <td>
                <span className={`badge ${user.active ? "on" : "off"}`}>{user.active ? t("admin.users.active") : t("admin.users.inactive")}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("admin.users.create")}</h2>
      <div className="panel">
        <UserForm
          action={createUserAction}
          organizations={organizations.filter((org) => org.active)}
          submitLabel={t("admin.users.create")}
          successLabel={t("admin.users.created")}
        />
      </div>
    </main>
  );
}
