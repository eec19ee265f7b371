"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { FormStatus } from "./form-status";

/** One button that runs one bound server action and shows its refusal, if any. */
export function ActionButton({ action, label, className = "button secondary" }: { action: (previous: ActionResult | null) => Promise<ActionResult>; label: string; className?: string }) {
  const [result, run, pending] = useActionState(action, null);
  return (
    <form action={run} className="inline-form">
      <button className={className} type="submit" disabled={pending}>
        {label}
      </button>
      {result && !result.ok ? <FormStatus result={result} /> : null}
    </form>
  );
}
