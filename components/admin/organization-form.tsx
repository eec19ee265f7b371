"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { organizationTypes } from "@/lib/admin/schemas";
import { FieldError, FormStatus } from "../ui/form-status";

type Props = {
  action: (previous: ActionResult | null, data: FormData) => Promise<ActionResult>;
  initial?: { name: string; type: string; active: boolean };
  submitLabel: string;
  successLabel: string;
};

export function OrganizationForm({ action, initial, submitLabel, successLabel }: Props) {
  const t = useTranslations();
  const [result, run, pending] = useActionState(action, null);
  return (
    <form action={run} className="stack" noValidate>
      <FormStatus result={result} success={successLabel} />
      <label>
        {t("admin.organizations.name")}
        <input name="name" defaultValue={initial?.name} required />
        <FieldError result={result} field="name" />
      </label>
      <label>
        {t("admin.organizations.type")}
        <select name="type" defaultValue={initial?.type ?? "VOLUNTEER_ASSOCIATION"}>
          {organizationTypes.map((type) => (
            <option key={type} value={type}>
              {t(`orgTypes.${type}`)}
            </option>
          ))}
        </select>
      </label>
      {initial ? (
        <label className="inline">
          <input type="checkbox" name="active" defaultChecked={initial.active} />
          {t("admin.organizations.active")}
        </label>
      ) : (
        <input type="hidden" name="active" value="on" />
      )}
      <button className="button" type="submit" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
