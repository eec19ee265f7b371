"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { FieldError, FormStatus } from "../ui/form-status";

type Action = (previous: ActionResult | null, data: FormData) => Promise<ActionResult>;

/** Deactivate/reactivate and password reset for one account. */
export function AccountControls({ active, setActiveAction, resetPasswordAction }: { active: boolean; setActiveAction: Action; resetPasswordAction: Action }) {
  const t = useTranslations("admin.users");
  const [activeResult, runActive, activePending] = useActionState(setActiveAction, null);
  const [resetResult, runReset, resetPending] = useActionState(resetPasswordAction, null);
  return (
    <div className="grid2">
      <form action={runActive} className="stack">
        <FormStatus result={activeResult} success={activeResult?.ok && activeResult.message ? t(activeResult.message as "deactivated") : undefined} />
        <input type="hidden" name="active" value={active ? "false" : "true"} />
        <button className={active ? "button danger" : "button"} type="submit" disabled={activePending}>
          {active ? t("deactivate") : t("reactivate")}
        </button>
      </form>
      <form action={runReset} className="stack" noValidate>
        <FormStatus result={resetResult} success={t("passwordReset")} />
        <label>
          {t("newPassword")}
          <input name="password" type="password" autoComplete="new-password" required />
          <FieldError result={resetResult} field="password" />
        </label>
        <button className="button secondary" type="submit" disabled={resetPending}>
          {t("resetPassword")}
        </button>
      </form>
    </div>
  );
}
