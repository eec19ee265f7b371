"use client";

import { useTranslations } from "next-intl";
import type { CommuneHit } from "@/lib/places/search-communes";
import type { SolidarityItemView } from "@/lib/solidarity/get-solidarity-board";
import { CommuneField } from "./commune-field";

type Props = {
  item: SolidarityItemView;
  search: (query: string) => Promise<CommuneHit[]>;
  pending: boolean;
  /** Receives the changed fields; the card adds the version the edit started from. */
  onSave: (input: Record<string, unknown>) => void;
};

/** Edits an item's text, commune and (for the association's members) contact. */
export function SolidarityItemEditForm({ item, search, pending, onSave }: Props) {
  const t = useTranslations("solidarity");
  return (
    <form
      className="stack"
      data-testid="solidarity-edit"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        onSave({
          title: String(data.get("title") ?? ""),
          description: String(data.get("description") ?? ""),
          insee: String(data.get("insee") ?? "") || null,
          ...("contact" in item ? { contact: String(data.get("contact") ?? "") || null } : {}),
        });
      }}
    >
      <label>
        {t("fields.title")}
        <input name="title" defaultValue={item.title} required minLength={3} maxLength={200} />
      </label>
      <label>
        {t("fields.description")}
        <textarea name="description" rows={2} maxLength={2000} defaultValue={item.description} />
      </label>
      <CommuneField search={search} initial={item.insee && item.placeName ? { insee: item.insee, name: item.placeName } : null} />
      {"contact" in item ? (
        <label>
          {t("fields.contact")}
          <input name="contact" maxLength={300} defaultValue={item.contact ?? ""} />
        </label>
      ) : null}
      <button className="button small" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
