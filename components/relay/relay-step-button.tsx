"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { RelayFormStatus } from "./relay-form-status";

/** One workflow step (approve, publish, withdraw…) as a button, showing the refusal in relay's words. */
export function RelayStepButton({
  action,
  label,
  testId,
  className = "button secondary",
  disabled = false,
  title,
}: {
  action: () => Promise<ActionResult>;
  label: string;
  testId: string;
  className?: string;
  disabled?: boolean;
  title?: string;
}) {
  const [result, run, pending] = useActionState(async () => action(), null);
  return (
    <form action={run} className="inline-form">
      <button className={className} type="submit" disabled={pending || disabled} title={title} data-testid={testId}>
        {label}
      </button>
      {result && !result.ok ? <RelayFormStatus result={result} /> : null}
    </form>
  );
}
