import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("pages");
  return (
    <main className="page">
      <div className="panel">
        <h1>{t("notFoundTitle")}</h1>
        <p>{t("notFoundText")}</p>
        <Link href="/">{t("home")}</Link>
      </div>
    </main>
  );
}
