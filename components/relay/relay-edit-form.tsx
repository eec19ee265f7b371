"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { composePostText } from "@/lib/relay/relay-text";
import { LengthCounters } from "./length-counters";
import { RelayLinkFields, ShowOnPublicMapField } from "./relay-link-fields";
import { RelayFormStatus } from "./relay-form-status";

type Action = (previous: ActionResult | null, data: FormData) => Promise<ActionResult>;
export type EditableMessage = { version: number; title: string; body: string; link: string | null; hashtags: string[]; imageAlt: string | null; hasImage: boolean; showOnPublicMap: boolean };

/** Edits a draft or approved message; saving takes the approvals back (said on the button). */
export function RelayEditForm({ message, mastodonMax, action }: { message: EditableMessage; mastodonMax: number; action: Action }) {
  const t = useTranslations("relay");
  const [result, run, pending] = useActionState(action, null);
  const [body, setBody] = useState(message.body);
  const [link, setLink] = useState(message.link ?? "");
  const [hashtags, setHashtags] = useState(message.hashtags.join(" "));
  return (
    <details>
      <summary>{t("edit")}</summary>
      <form action={run} className="stack" data-testid="relay-edit-form">
        <RelayFormStatus result={result} success={t("saved")} />
        <input type="hidden" name="version" value={message.version} />
        <label>
          {t("fields.title")}
          <input name="title" defaultValue={message.title} required minLength={3} maxLength={200} />
        </label>
        <label>
          {t("fields.body")}
          <textarea name="body" rows={5} value={body} onChange={(event) => setBody(event.target.value)} required data-testid="relay-edit-body" />
        </label>
        <RelayLinkFields link={link} hashtags={hashtags} onLinkChange={setLink} onHashtagsChange={setHashtags} />
        {message.hasImage ? (
          <label>
            {t("fields.imageAlt")}
            <input name="imageAlt" defaultValue={message.imageAlt ?? ""} maxLength={1500} />
          </label>
        ) : null}
        <ShowOnPublicMapField defaultChecked={message.showOnPublicMap} />
        <LengthCounters text={composePostText({ body, link: link || null, hashtags: hashtags.split(/[\s,]+/).filter(Boolean) })} mastodonMax={mastodonMax} />
        <button className="button secondary" disabled={pending}>
          {t("saveResetsApproval")}
        </button>
      </form>
    </details>
  );
}
