"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { RelayStepButton } from "./relay-step-button";

/**
 * For networks without an API (Facebook, Instagram, WhatsApp…): the text, hashtags, link and
 * image, each with a copy button; once posted by hand, "shared" records a share_kit publication.
 */
export function ShareKit({ text, hashtags, link, imageUrl, record }: { text: string; hashtags: string[]; link: string | null; imageUrl: string | null; record: (() => Promise<ActionResult>) | null }) {
  const t = useTranslations("relay.shareKit");
  const [copied, setCopied] = useState<string | null>(null);
  async function copy(what: string, value: string) {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // Clipboard refused (insecure origin, permission): the text stays selectable below.
    }
    setCopied(what);
  }
  const rows: [string, string][] = [["text", text], ["hashtags", hashtags.join(" ")], ...(link ? ([["link", link]] as [string, string][]) : [])];
  return (
    <details className="panel" data-testid="share-kit">
      <summary>{t("title")}</summary>
      {rows.map(([what, value]) =>
        value ? (
          <div key={what} className="stack" style={{ marginBottom: "0.5rem" }}>
            <label className="small">
              {t(what as "text")}
              <textarea readOnly rows={what === "text" ? 5 : 1} value={value} data-testid={`share-kit-${what}`} />
            </label>
            <button type="button" className="button secondary" onClick={() => void copy(what, value)} data-testid={`share-kit-copy-${what}`}>
              {copied === what ? t("copied") : t("copy")}
            </button>
          </div>
        ) : null,
      )}
      {imageUrl ? (
        <p>
          <a href={imageUrl} download data-testid="share-kit-image">
            {t("image")}
          </a>{" "}
          <span className="muted small">{t("imageNoExif")}</span>
        </p>
      ) : null}
      {record ? <RelayStepButton action={record} label={t("record")} testId="share-kit-record" /> : null}
    </details>
  );
}
