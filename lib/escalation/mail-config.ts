/**
 * Outgoing mail, configured by environment: VIGIE_SMTP_URL (smtp://user:pass@host:port,
 * or smtps://), VIGIE_MAIL_FROM, and VIGIE_PUBLIC_URL for the links in messages.
 * Without VIGIE_SMTP_URL e-mail is off: escalations still reach connected
 * authority users and the volunteer is told no e-mail left.
 */
export type MailConfig = { url: string; from: string; publicUrl: string };

export function readMailConfig(source: Record<string, string | undefined> = process.env): MailConfig | null {
  const url = source.VIGIE_SMTP_URL?.trim();
  if (!url) return null;
  const publicUrl = (source.VIGIE_PUBLIC_URL?.trim() || `http://localhost:${source.PORT ?? 3000}`).replace(/\/+$/, "");
  return { url, from: source.VIGIE_MAIL_FROM?.trim() || "Vigie <vigie@localhost>", publicUrl };
}
