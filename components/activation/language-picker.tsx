"use client";

import { useTranslations } from "next-intl";

// Languages a French watch room meets: national, regional, neighbours and overseas.
export const WATCH_LANGUAGES = ["fr", "en", "es", "it", "de", "nl", "pt", "ar", "eu", "oc", "br", "co", "ca"] as const;

export function LanguagePicker({ label, values, onChange }: { label: string; values: string[]; onChange: (values: string[]) => void }) {
  const t = useTranslations("languageNames");
  return (
    <fieldset>
      <legend>{label}</legend>
      <div className="checks">
        {[...new Set([...WATCH_LANGUAGES, ...values])].map((code) => (
          <label key={code} className="inline">
            <input
              type="checkbox"
              checked={values.includes(code)}
              onChange={(event) => onChange(event.target.checked ? [...values, code] : values.filter((value) => value !== code))}
            />
            {t.has(code) ? t(code as "fr") : code}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
