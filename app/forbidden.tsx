import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("pages");
  return (
    <main className="page">
      <div className="panel" role="alert">
        <h1>{t("forbiddenTitle")}</h1>
        <p>{t("forbiddenText")}</p>
        <Link href="/">{t("home")}</Link>
      </div>
    </main>
  );
}
