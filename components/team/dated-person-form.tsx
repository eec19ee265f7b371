"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import type { ActionResult } from "@/lib/action-result";
import { FieldError, FormStatus } from "../ui/form-status";

type Props = {
  people: { id: string; label: string }[];
  action: (previous: ActionResult | null, data: FormData) => Promise<ActionResult>;
  defaults: { startsAt: string; endsAt: string };
  labels: { person: string; submit: string; success: string };
  withReason?: boolean;
};

/** Someone, from when, to when (in the activation's time zone): used for shifts and authority grants. */
export function DatedPersonForm({ people, action, defaults, labels, withReason }: Props) {
  const t = useTranslations("shifts");
  const [result, run, pending] = useActionState(action, null);
  const id = useId();
  return (
    <form action={run} className="stack">
      <FormStatus result={result} success={labels.success} />
      <div className="field">
        <label htmlFor={`${id}-person`}>{labels.person}</label>
        <select id={`${id}-person`} name="userId" required defaultValue="">
          <option value="" disabled>
            {t("choose")}
          </option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.label}
            </option>
          ))}
        </select>
      </div>
      <div className="grid2">
        <label>
          {t("from")}
          <input type="datetime-local" name="startsAt" defaultValue={defaults.startsAt} required />
        </label>
        <label>
          {t("to")}
          <input type="datetime-local" name="endsAt" defaultValue={defaults.endsAt} required />
          <FieldError result={result} field="endsAt" />
        </label>
      </div>
      {withReason ? (
        <label>
          {t("reason")}
          <input name="reason" />
        </label>
      ) : null}
      <button className="button" type="submit" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
