import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requireAdminUser } from "@/lib/auth/guards";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdminUser();
  const t = await getTranslations("nav");
  return (
    <>
      <nav className="subnav" aria-label={t("admin")}>
        <strong>{t("admin")}</strong>
        <Link href="/admin/users">{t("users")}</Link>
        <Link href="/admin/organizations">{t("organizations")}</Link>
        <Link href="/admin/templates">{t("templates")}</Link>
        <Link href="/admin/retention">{t("retention")}</Link>
      </nav>
      {children}
    </>
  );
}
