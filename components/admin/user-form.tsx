"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { locales, roles } from "@/lib/admin/schemas";
import { FieldError, FormStatus } from "../ui/form-status";

type Props = {
  action: (previous: ActionResult | null, data: FormData) => Promise<ActionResult>;
  organizations: { id: string; name: string }[];
  initial?: { email: string; name: string; role: string; organizationId: string; locale: string };
  submitLabel: string;
  successLabel: string;
};

/** Create (with an initial password) or edit an account. */
export function UserForm({ action, organizations, initial, submitLabel, successLabel }: Props) {
  const t = useTranslations();
  const [result, run, pending] = useActionState(action, null);
  return (
    <form action={run} className="stack" noValidate>
      <FormStatus result={result} success={successLabel} />
      <label>
        {t("admin.users.name")}
        <input name="name" defaultValue={initial?.name} required />
        <FieldError result={result} field="name" />
      </label>
      <label>
        {t("admin.users.email")}
        <input name="email" type="email" defaultValue={initial?.email} required />
        <FieldError result={result} field="email" />
      </label>
      <label>
        {t("admin.users.role")}
        <select name="role" defaultValue={initial?.role ?? "VOLUNTEER"}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("admin.users.organization")}
        <select name="organizationId" defaultValue={initial?.organizationId ?? organizations[0]?.id}>
          {organizations.map((org) => (
            <option key={org.id} value={org.id}>
              {org.name}
            </option>
          ))}
        </select>
        <FieldError result={result} field="organizationId" />
      </label>
      <label>
        {t("admin.users.locale")}
        <select name="locale" defaultValue={initial?.locale ?? "fr"}>
          {locales.map((locale) => (
            <option key={locale} value={locale}>
              {t(`locales.${locale}`)}
            </option>
          ))}
        </select>
      </label>
      {initial ? null : (
        <label>
          {t("admin.users.password")}
          <input name="password" type="password" autoComplete="new-password" required />
          <FieldError result={result} field="password" />
        </label>
      )}
      <button className="button" type="submit" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
