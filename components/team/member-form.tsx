"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import type { ActionResult } from "@/lib/action-result";
import { FormStatus } from "../ui/form-status";

type Props = { candidates: { id: string; name: string; role: string }[]; action: (previous: ActionResult | null, data: FormData) => Promise<ActionResult> };

export function MemberForm({ candidates, action }: Props) {
  const t = useTranslations();
  const [result, run, pending] = useActionState(action, null);
  const id = useId();
  return (
    <form action={run} className="stack">
      <FormStatus result={result} success={t("team.added")} />
      <div className="field">
        <label htmlFor={`${id}-person`}>{t("team.person")}</label>
        <select id={`${id}-person`} name="userId" required defaultValue="">
          <option value="" disabled>
            {t("team.choosePerson")}
          </option>
          {candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name} ({t(`roles.${candidate.role}` as "roles.VOLUNTEER")})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t("team.roleHere")}</label>
        <select id={`${id}-role`} name="role" defaultValue="VOLUNTEER">
          {(["VOLUNTEER", "COORDINATOR", "OBSERVER"] as const).map((role) => (
            <option key={role} value={role}>
              {t(`memberRoles.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <button className="button" type="submit" disabled={pending}>
        {t("team.add")}
      </button>
    </form>
  );
}
