"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** A read-only value with a copy button (the public link, the iframe snippet). */
export function CopyField({ label, value, multiline = false, testId }: { label: string; value: string; multiline?: boolean; testId?: string }) {
  const t = useTranslations("publish.settings");
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(value).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <label>
      {label}
      <span style={{ display: "flex", gap: "0.5rem", alignItems: "start" }}>
        {multiline ? (
          <textarea readOnly value={value} rows={3} style={{ flex: 1, fontFamily: "monospace", fontSize: "0.8rem" }} data-testid={testId} onFocus={(e) => e.currentTarget.select()} />
        ) : (
          <input readOnly value={value} style={{ flex: 1 }} data-testid={testId} onFocus={(e) => e.currentTarget.select()} />
        )}
        <button type="button" className="button secondary" onClick={() => void copy()}>
          {copied ? t("copied") : t("copy")}
        </button>
      </span>
    </label>
  );
}
