import { useFormatter, useTranslations } from "next-intl";
import type { RelayInForce } from "@/lib/relay/list-relay-in-force";

/** Dates arrive as strings when the list travelled as JSON (the public map's live refetch). */
type PanelMessage = Omit<RelayInForce, "kind" | "publishedAt"> & { publishedAt: Date | string };

/**
 * The public map's side panel: the association's relay messages in force (official
 * instructions, rebuttals, solidarity calls), newest first. Public fields only.
 */
export function PublicRelayPanel({ messages }: { messages: PanelMessage[] }) {
  const t = useTranslations("relay.public");
  const format = useFormatter();
  return (
    <aside className="panel" aria-label={t("title")} data-testid="public-relay-panel">
      <h2>{t("title")}</h2>
      {messages.length === 0 ? <p className="muted small">{t("none")}</p> : null}
      <ul className="stack">
        {messages.map((message) => (
          <li key={message.id} data-testid="public-relay-message">
            <strong>{message.title}</strong>
            <p style={{ whiteSpace: "pre-wrap", margin: "0.25rem 0" }}>{message.body}</p>
            {message.link ? (
              <a href={message.link} target="_blank" rel="noopener noreferrer" className="small">
                {t("officialLink")}
              </a>
            ) : null}
            <div className="muted small">{t("publishedAt", { at: format.dateTime(new Date(message.publishedAt), { dateStyle: "short", timeStyle: "short" }) })}</div>
          </li>
        ))}
      </ul>
    </aside>
  );
}
