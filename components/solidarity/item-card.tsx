"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import type { CommuneHit } from "@/lib/places/search-communes";
import type { SolidarityItemView } from "@/lib/solidarity/get-solidarity-board";
import { SolidarityItemEditForm } from "./item-edit-form";
import { SolidarityResult } from "./solidarity-result";

type Props = {
  activationId: string;
  item: SolidarityItemView;
  canEdit: boolean;
  canCoordinate: boolean;
  update: (input: Record<string, unknown>) => Promise<ActionResult>;
  close: (version: number) => Promise<ActionResult>;
  draftRelay: (kind: string) => Promise<ActionResult>;
  search: (query: string) => Promise<CommuneHit[]>;
};

/** One need or offer with what the caller may do to it; every change names the version shown. */
export function SolidarityItemCard({ activationId, item, canEdit, canCoordinate, update, close, draftRelay, search }: Props) {
  const t = useTranslations("solidarity");
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, start] = useTransition();
  const [kind, setKind] = useState(item.side === "OFFER" && (item.type === "VOLUNTEERS" || item.type === "OTHER") ? "INITIATIVE" : "SOLIDARITY");
  // The version the edit started from: if someone saves meanwhile (the card refreshes live), this edit is refused, not silently applied over theirs.
  const [editingFrom, setEditingFrom] = useState<number | null>(null);
  const run = (work: () => Promise<ActionResult>) => start(async () => setResult(await work()));
  const open = item.status !== "CLOSED";
  return (
    <article className="panel" data-testid="solidarity-item" data-item-id={item.id} data-side={item.side}>
      <header className="feed-bar" style={{ gap: "0.4rem", flexWrap: "wrap" }}>
        <span className={`badge side-${item.side}`}>{t(`sides.${item.side}`)}</span>
        <span className="badge">{t(`types.${item.type}`)}</span>
        <span className={`badge status-${item.status}`} data-testid="solidarity-status">
          {t(`statuses.${item.status}`)}
        </span>
        {item.verified ? <span className="badge" data-testid="solidarity-verified">{t("verified")}</span> : <span className="muted small">{t("unverified")}</span>}
        {item.showOnPublicMap ? <span className="badge">{t("onPublicMap")}</span> : null}
      </header>
      <strong data-testid="solidarity-title">{item.title}</strong>
      {item.description ? <p className="small">{item.description}</p> : null}
      <p className="muted small">
        {item.placeName ? <>📍 {item.placeName} · </> : <>{t("noPlace")} · </>}
        {t("createdBy", { name: item.createdBy ?? "?" })}
        {item.reportId ? (
          <>
            {" · "}
            <Link href={`/activations/${activationId}/reports/${item.reportId}`}>{t("openReport")}</Link>
          </>
        ) : null}
        {item.postId ? <> · {t("linkedPost")}</> : null}
      </p>
      {"contact" in item ? (
        <p className="small" data-testid="solidarity-contact">
          {t("contactLabel")} : {item.contact || <span className="muted">{t("noContact")}</span>}
        </p>
      ) : null}
      <SolidarityResult result={result} />
      {editingFrom !== null ? (
        <SolidarityItemEditForm
          item={item}
          search={search}
          pending={pending}
          onSave={(input) =>
            run(async () => {
              const outcome = await update({ ...input, version: editingFrom });
              if (outcome.ok) setEditingFrom(null);
              return outcome;
            })
          }
        />
      ) : null}
      <div className="button-row">
        {canEdit && open ? (
          <button type="button" className="button secondary small" onClick={() => setEditingFrom(editingFrom === null ? item.version : null)}>
            {editingFrom !== null ? t("cancelEdit") : t("edit")}
          </button>
        ) : null}
        {canEdit && open ? (
          <button type="button" className="button secondary small" disabled={pending} onClick={() => run(() => update({ version: item.version, verified: !item.verified }))}>
            {item.verified ? t("unverify") : t("verify")}
          </button>
        ) : null}
        {canCoordinate && open && item.verified ? (
          <button type="button" className="button secondary small" disabled={pending} onClick={() => run(() => update({ version: item.version, showOnPublicMap: !item.showOnPublicMap }))}>
            {item.showOnPublicMap ? t("hideFromPublicMap") : t("showOnPublicMap")}
          </button>
        ) : null}
        {canEdit && open ? (
          <button type="button" className="button secondary small" disabled={pending} onClick={() => run(() => close(item.version))}>
            {t("close")}
          </button>
        ) : null}
        {canCoordinate && open && item.verified ? (
          <span className="inline-form">
            <select aria-label={t("relayKind")} value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="SOLIDARITY">{t("relayKinds.SOLIDARITY")}</option>
              <option value="INITIATIVE">{t("relayKinds.INITIATIVE")}</option>
            </select>
            <button type="button" className="button secondary small" disabled={pending} onClick={() => run(() => draftRelay(kind))}>
              {t("draftRelay")}
            </button>
            {result?.ok && result.message?.startsWith("relay_") ? (
              <Link href={`/activations/${activationId}/relay`} className="small" data-testid="solidarity-relay-link">
                {t("openRelay")}
              </Link>
            ) : null}
          </span>
        ) : null}
      </div>
    </article>
  );
}
