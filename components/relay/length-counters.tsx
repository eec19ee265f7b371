"use client";

import { useTranslations } from "next-intl";
import { checkLengths } from "@/lib/relay/relay-text";

/** The post's length against each network's real limit, recomputed at every keystroke. */
export function LengthCounters({ text, mastodonMax }: { text: string; mastodonMax: number }) {
  const t = useTranslations("relay");
  return (
    <p className="small" data-testid="length-counters">
      {checkLengths(text, mastodonMax).map((check) => (
        <span key={check.network} className={check.ok ? "muted" : "field-error"} data-testid={`count-${check.network}`} style={{ marginRight: "1rem" }}>
          {t(`counter.${check.network}`, { length: check.length, max: check.max })}
          {check.ok ? "" : ` — ${t("counter.tooLong")}`}
        </span>
      ))}
    </p>
  );
}
