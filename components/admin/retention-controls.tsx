"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { FormStatus } from "../ui/form-status";

type Action = (previous: ActionResult | null) => Promise<ActionResult>;

export function PurgeNowButton({ action }: { action: Action }) {
  const t = useTranslations("retention");
  const [result, run, pending] = useActionState(action, null);
  return (
    <form action={run}>
      <FormStatus result={result} success={result?.ok ? t("purged", { count: Number(result.message ?? 0) }) : undefined} />
      <button className="button" type="submit" disabled={pending}>
        {t("purgeNow")}
      </button>
    </form>
  );
}

export function EraseSubjectButton({ action }: { action: Action }) {
  const t = useTranslations("retention");
  const [result, run, pending] = useActionState(action, null);
  return (
    <form action={run}>
      <FormStatus result={result} />
      <button className="button danger" type="submit" disabled={pending}>
        {t("erase")}
      </button>
    </form>
  );
}
