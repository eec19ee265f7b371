"use client";

import { useTranslations } from "next-intl";
import { INFORMATION_TYPE_KEYS } from "../feed/label-keys";

/** The keys of the triage desk ("?" opens and closes it). */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const t = useTranslations("triage");
  const types = useTranslations("infoTypes");
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" className="dialog" data-testid="shortcuts-help">
      <h2 id="shortcuts-title">{t("shortcuts")}</h2>
      <dl className="shortcuts">
        <dt>n</dt>
        <dd>{t("takeNext")}</dd>
        <dt>Entrée</dt>
        <dd>{t("handled")}</dd>
        <dt>r</dt>
        <dd>{t("createReport")}</dd>
        <dt>m</dt>
        <dd>{t("attachReport")}</dd>
        <dt>x</dt>
        <dd>{t("discard")}</dd>
        <dt>u</dt>
        <dd>{t("toggleUrgent")}</dd>
        <dt>Échap</dt>
        <dd>{t("release")}</dd>
        {INFORMATION_TYPE_KEYS.filter((k) => k.type !== "NOT_RELEVANT").map((k) => (
          <span key={k.type} style={{ display: "contents" }}>
            <dt>{k.key}</dt>
            <dd>{types(k.type)}</dd>
          </span>
        ))}
        <dt>?</dt>
        <dd>{t("shortcuts")}</dd>
      </dl>
      <button className="button" onClick={onClose} autoFocus>
        {t("close")}
      </button>
    </div>
  );
}
