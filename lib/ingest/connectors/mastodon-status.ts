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
    // The status URI is global across instances; the local id is only unique on one instance.
    externalId: original.uri ?? (original.id ? `${host}/${original.id}` : undefined),
    url: original.url ?? original.uri ?? null,
    author: {
      id: original.account?.url ?? original.account?.id ?? null,
      handle: acct ? `@${acct.includes("@") ? acct : `${acct}@${host}`}` : null,
      name: original.account?.display_name || original.account?.username || null,
    },
    text: [original.spoiler_text ? `[CW] ${original.spoiler_text}` : "", original.content ?? ""].filter(Boolean).join("\n"),
    html: true,
    lang: original.language ?? null,
    postedAt: original.created_at,
    media: (original.media_attachments ?? [])
      .filter((m) => m.url || m.remote_url)
      .map((m) => ({ url: m.remote_url ?? m.url, type: m.type === "video" || m.type === "gifv" ? "video" : m.type === "audio" ? "audio" : m.type === "image" ? "image" : "other", alt: m.description ?? null })),
    replyTo: original.in_reply_to_id ? `${host}/${original.in_reply_to_id}` : null,
    quoteOf: original.quote?.quoted_status?.uri ?? null,
  };
}
