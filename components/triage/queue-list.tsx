"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { QueueItem } from "@/lib/triage/list-queue";

type Props = { items: QueueItem[]; open: number; currentUserId: string; selected: Set<string>; onToggle: (postId: string) => void };

/**
 * The queue's head in "take next" order; posts someone holds leave it for the
 * "being handled" list below, with who holds them, live.
 */
export function QueueList({ items, open, currentUserId, selected, onToggle }: Props) {
  const t = useTranslations("triage");
  const free = items.filter((item) => !item.claimedBy);
  const held = items.filter((item) => item.claimedBy);
  return (
    <section aria-labelledby="queue-title">
      <h2 id="queue-title">{t("queueTitle", { count: open })}</h2>
      {free.length === 0 ? <p className="muted">{t("queueEmpty")}</p> : null}
      <Items items={free} currentUserId={currentUserId} selected={selected} onToggle={onToggle} testId="triage-queue" />
      <h3>{t("heldTitle", { count: held.length })}</h3>
      <Items items={held} currentUserId={currentUserId} selected={selected} onToggle={onToggle} testId="triage-held" />
    </section>
  );
}

function Items({ items, currentUserId, selected, onToggle, testId }: Omit<Props, "open"> & { testId: string }) {
  const t = useTranslations("triage");
  const types = useTranslations("infoTypes");
  const format = useFormatter();
  return (
      <ul className="queue-list" data-testid={testId}>
        {items.map((item) => (
          <li key={item.postId} className={item.urgent ? "is-urgent" : undefined} data-post-id={item.postId}>
            <label className="inline">
              <input type="checkbox" checked={selected.has(item.postId)} onChange={() => onToggle(item.postId)} disabled={!!item.claimedBy && item.claimedBy.userId !== currentUserId} aria-label={t("select")} />
              <span className="small muted">{format.dateTime(new Date(item.postedAt), { hour: "2-digit", minute: "2-digit" })}</span>
            </label>{" "}
            {item.urgent ? <span className="badge urgent">{t("urgent")}</span> : null}
            {item.copies ? <span className="badge">{t("copies", { count: item.copies })}</span> : null} <span className="badge">{types(item.category as "NEEDS")}</span>{" "}
            {item.claimedBy ? (
              <span className="badge claimed" data-testid="claimed-by">
                {item.claimedBy.userId === currentUserId ? t("yours") : t("heldBy", { name: item.claimedBy.name })}
              </span>
            ) : null}
            <div className="small">{item.text}</div>
          </li>
        ))}
      </ul>
  );
}
