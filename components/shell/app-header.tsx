import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/config";
import { ActivationSwitcher } from "./activation-switcher";

type Props = {
  user: { name: string; role: string };
  activations: { id: string; name: string; status: string }[];
  logoutAction: () => Promise<void>;
  setLocaleAction: (data: FormData) => Promise<void>;
};

/** Header of every signed-in page: activation switcher, navigation the user may use, user menu. */
export async function AppHeader({ user, activations, logoutAction, setLocaleAction }: Props) {
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <header className="header">
      <Link href="/" className="brand">
        {t("common.appName")}
      </Link>
      <ActivationSwitcher activations={activations} label={t("header.switchActivation")} placeholder={t("header.chooseActivation")} />
      <Link href="/activations">{t("nav.activations")}</Link>
      {user.role === "ADMIN" ? <Link href="/admin/users">{t("nav.admin")}</Link> : null}
      <span className="spacer" />
      <div className="user-menu" aria-label={t("header.userMenu")}>
        <span data-testid="current-user">
          {user.name} · {t(`roles.${user.role}`)}
        </span>
        <form action={setLocaleAction} aria-label={t("header.language")}>
          {LOCALES.filter((l) => l !== locale).map((other) => (
            <button key={other} name="locale" value={other} className="button secondary" type="submit" lang={other}>
              {t(`locales.${other}`)}
            </button>
          ))}
        </form>
        <form action={logoutAction}>
          <button className="button secondary" type="submit">
            {t("header.logout")}
          </button>
        </form>
      </div>
    </header>
  );
}
