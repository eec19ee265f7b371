import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { loginAction } from "./actions";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { readEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const t = await getTranslations();
  const demo = readEnv().demo;
  return (
    <main className="login">
      <div className="panel">
        <p className="muted" style={{ margin: 0 }}>
          {t("common.appName")} — {t("common.tagline")}
        </p>
        <h1>{t("login.title")}</h1>
        <p className="muted">{t("login.subtitle")}</p>
        {params.revoked ? <p className="alert info">{t("login.revoked")}</p> : null}
        <LoginForm callbackUrl={params.callbackUrl} loginAction={loginAction} />
      </div>
      {demo ? (
        <section className="panel" style={{ marginTop: "1rem" }} aria-labelledby="demo-title">
          <h2 id="demo-title" style={{ marginTop: 0 }}>
            {t("login.demoTitle")}
          </h2>
          <ul>
            {DEMO_ACCOUNTS.map((account) => (
              <li key={account.email}>
                <code>{account.email}</code> — {t(`roles.${account.role}`)}
              </li>
            ))}
          </ul>
          <p>{t("login.demoPassword", { password: DEMO_PASSWORD })}</p>
        </section>
      ) : null}
    </main>
  );
}
