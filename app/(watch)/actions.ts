"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth/auth";
import { currentUser } from "@/lib/auth/guards";
import { setUserLocale } from "@/lib/accounts/set-user-locale";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";

export async function logoutAction(): Promise<void> {
  await signOut({ redirect: false });
  redirect("/login");
}

/** Switches the interface language for this browser and, when logged in, for the account. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  const user = await currentUser();
  if (user) await setUserLocale(user, locale);
}
