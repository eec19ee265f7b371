"use client";

import { useTranslations } from "next-intl";

/** Never shows the error itself: only a reference the team can look up in the logs. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("pages");
  return (
    <main className="page">
      <div className="panel" role="alert">
        <h1>{t("errorTitle")}</h1>
        <p>{t("errorText")}</p>
        {error.digest ? <p className="muted">{t("reference", { digest: error.digest })}</p> : null}
        <button className="button" onClick={reset}>
          {t("retry")}
        </button>
      </div>
    </main>
  );
}
