import type { SessionUser } from "../auth/session-user";
import { mutate } from "../db/mutate";
import type { Locale } from "../i18n/config";

/** A user's own interface language; audited like every mutation. */
export async function setUserLocale(actor: SessionUser, locale: Locale): Promise<void> {
  if (actor.locale === locale) return;
  await mutate(actor, async ({ tx, audit }) => {
    await tx.user.update({ where: { id: actor.id }, data: { locale } });
    await audit({ action: "user.set_locale", entity: "User", entityId: actor.id, before: { locale: actor.locale }, after: { locale } });
  });
}
