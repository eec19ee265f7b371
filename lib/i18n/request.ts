import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentUser } from "../auth/guards";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./config";

/** French first: the cookie set by the language switch, else the account's locale, else French. */
export default getRequestConfig(async () => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  let locale: Locale = DEFAULT_LOCALE;
  if (isLocale(fromCookie)) locale = fromCookie;
  else {
    const user = await currentUser().catch(() => null);
    if (user && isLocale(user.locale)) locale = user.locale;
  }
  const messages = (await import(`./messages/${locale}.json`)).default;
  return { locale, messages, timeZone: "Europe/Paris" };
});
