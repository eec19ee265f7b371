"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { FormStatus } from "../ui/form-status";
import { LanguagePicker } from "./language-picker";

type Settings = {
  keywords: string[];
  hashtags: string[];
  exclusions: string[];
  languages: string[];
  expectedDurationHours: number | null;
  blurMedia: boolean;
  retentionDays: number;
  authorityGraceDays: number;
};

/** What is watched and the activation's options, editable by its coordinators. */
export function SettingsForm({ initial, action }: { initial: Settings; action: (previous: ActionResult | null, data: FormData) => Promise<ActionResult> }) {
  const t = useTranslations("wizard");
  const [result, run, pending] = useActionState(action, null);
  const [languages, setLanguages] = useState(initial.languages);
  const tErrors = useTranslations("settings");
  return (
    <form action={run} className="wizard">
      {languages.map((code) => (
        <input key={code} type="hidden" name="languages" value={code} />
      ))}
      <section className="panel">
        <div className="grid2">
          <label>
            {t("keywords")}
            <textarea name="keywords" rows={8} defaultValue={initial.keywords.join("\n")} />
          </label>
          <label>
            {t("hashtags")}
            <textarea name="hashtags" rows={8} defaultValue={initial.hashtags.join("\n")} />
          </label>
          <label>
            {t("exclusions")}
            <textarea name="exclusions" rows={8} defaultValue={initial.exclusions.join("\n")} />
          </label>
          <LanguagePicker label={t("languages")} values={languages} onChange={setLanguages} />
        </div>
      </section>
      <section className="panel">
        <div className="grid2">
          <label>
            {t("duration")}
            <input type="number" name="expectedDurationHours" min={1} defaultValue={initial.expectedDurationHours ?? ""} />
          </label>
          <label>
            {t("retentionDays")}
            <input type="number" name="retentionDays" min={1} max={365} defaultValue={initial.retentionDays} />
          </label>
          <label>
            {t("graceDays")}
            <input type="number" name="authorityGraceDays" min={0} max={90} defaultValue={initial.authorityGraceDays} />
          </label>
          <label className="inline">
            <input type="checkbox" name="blurMedia" defaultChecked={initial.blurMedia} />
            {t("blurMedia")}
          </label>
        </div>
      </section>
      <FormStatus result={result} success={tErrors("saved")} />
      <button className="button" type="submit" disabled={pending}>
        {tErrors("save")}
      </button>
    </form>
  );
}
