"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

export type LoginState = { error: "wrongCredentials" | "rateLimited" | "invalidInput" } | null;

type Props = { callbackUrl?: string; loginAction: (state: LoginState, data: FormData) => Promise<LoginState> };

export function LoginForm({ callbackUrl, loginAction }: Props) {
  const t = useTranslations("login");
  const [state, action, pending] = useActionState<LoginState, FormData>(loginAction, null);
  return (
    <form action={action} className="stack" noValidate>
      {state?.error ? (
        <p className="alert error" role="alert">
          {t(state.error)}
        </p>
      ) : null}
      <label>
        {t("email")}
        <input name="email" type="email" autoComplete="username" required autoFocus />
      </label>
      <label>
        {t("password")}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <button className="button" type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
