/**
 * A Mastodon status (REST and streaming share the shape) as an incoming post.
 * A reblog is folded to its original (stored once, whoever boosted it); the
 * content warning (spoiler_text) is kept in front of the text; media
 * attachments keep their description as alt text.
 */
type Account = { id?: string; acct?: string; username?: string; display_name?: string; url?: string };
type Attachment = { type?: string; url?: string; remote_url?: string | null; description?: string | null };
export type MastodonStatus = {
  id?: string;
  uri?: string;
  url?: string | null;
  created_at?: string;
  edited_at?: string | null;
  content?: string;
  spoiler_text?: string;
  language?: string | null;
  account?: Account;
  media_attachments?: Attachment[];
  reblog?: MastodonStatus | null;
  in_reply_to_id?: string | null;
  quote?: { quoted_status?: MastodonStatus | null } | null;
};

export function statusToPayload(status: MastodonStatus, instance: string): unknown {
  const original = status.reblog ?? status;
  const host = new URL(instance).host;
  const acct = original.account?.acct;
  return {
    network: "mastodon",
    externalId: statusExternalId(original, host),
    url: original.url ?? original.uri ?? null,
    author: {
      id: original.account?.url ?? original.account?.id ?? null,
      handle: acct ? `@${acct.includes("@") ? acct : `${acct}@${host}`}` : null,
      name: original.account?.display_name || original.account?.username || null,
    },
    text: statusText(original),
    html: true,
    lang: original.language ?? null,
    postedAt: original.created_at,
    media: (original.media_attachments ?? [])
      .filter((m) => m.url || m.remote_url)
      .map((m) => ({ url: m.remote_url ?? m.url, type: m.type === "video" || m.type === "gifv" ? "video" : m.type === "audio" ? "audio" : m.type === "image" ? "image" : "other", alt: m.description ?? null })),
    replyTo: original.in_reply_to_id ? `${host}/${original.in_reply_to_id}` : null,
    quoteOf: original.quote?.quoted_status?.uri ?? null,
    // Kept in the stored raw payload (not a post field): a streamed `delete` names the
    // status by this instance-local id only, and this is how it is found again later.
    localId: original.id ? { host, id: original.id } : null,
  };
}

/** An edited status (`status.update`) as an edit of the post stored under the same externalId. */
export function statusToEdit(status: MastodonStatus, instance: string): unknown {
  const original = status.reblog ?? status;
  return { kind: "edit", network: "mastodon", externalId: statusExternalId(original, new URL(instance).host), text: statusText(original), html: true };
}

// The status URI is global across instances; the local id is only unique on one instance.
export function statusExternalId(status: MastodonStatus, host: string): string | undefined {
  return status.uri ?? (status.id ? `${host}/${status.id}` : undefined);
}

function statusText(status: MastodonStatus): string {
  return [status.spoiler_text ? `[CW] ${status.spoiler_text}` : "", status.content ?? ""].filter(Boolean).join("\n");
}
