import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountControls } from "@/components/admin/account-controls";
import { UserForm } from "@/components/admin/user-form";
import { getUser } from "@/lib/admin/get-user";
import { listOrganizations } from "@/lib/admin/list-organizations";
import { requireAdminUser } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { resetUserPasswordAction, setUserActiveAction, updateUserAction } from "../actions";

export default async function UserPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const actor = await requireAdminUser();
  const t = await getTranslations();
  const user = await getUser(actor, userId).catch((error) => {
    if (isAppError(error)) notFound();
    throw error;
  });
  const organizations = await listOrganizations(actor);
  return (
    <main className="page">
      <p>
        <Link href="/admin/users">← {t("common.back")}</Link>
      </p>
      <h1>
        {user.name}{" "}
        <span className={`badge ${user.active ? "on" : "off"}`} data-testid="user-status">
          {user.active ? t("admin.users.active") : t("admin.users.inactive")}
        </span>
      </h1>
      <div className="panel">
        <UserForm
          action={updateUserAction.bind(null, user.id)}
          organizations={organizations}
          initial={user}
          submitLabel={t("common.save")}
          successLabel={t("common.saved")}
        />
      </div>
      <h2>{t("common.actions")}</h2>
      <div className="panel">
        <AccountControls
          active={user.active}
          setActiveAction={setUserActiveAction.bind(null, user.id)}
          resetPasswordAction={resetUserPasswordAction.bind(null, user.id)}
        />
      </div>
    </main>
  );
}
