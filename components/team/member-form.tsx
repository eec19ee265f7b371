"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { FormStatus } from "../ui/form-status";

type Props = { candidates: { id: string; name: string; role: string }[]; action: (previous: ActionResult | null, data: FormData) => Promise<ActionResult> };

export function MemberForm({ candidates, action }: Props) {
  const t = useTranslations();
  const [result, run, pending] = useActionState(action, null);
  return (
    <form action={run} className="stack">
      <FormStatus result={result} success={t("team.added")} />
      <label>
        {t("team.person")}
        <select name="userId" required defaultValue="">
          <option value="" disabled>
            {t("team.choosePerson")}
          </option>
          {candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name} ({t(`roles.${candidate.role}` as "roles.VOLUNTEER")})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("team.roleHere")}
        <select name="role" defaultValue="VOLUNTEER">
          {(["VOLUNTEER", "COORDINATOR", "OBSERVER"] as const).map((role) => (
            <option key={role} value={role}>
              {t(`memberRoles.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <button className="button" type="submit" disabled={pending}>
        {t("team.add")}
      </button>
    </form>
  );
}
