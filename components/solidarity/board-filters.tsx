"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { SOLIDARITY_SIDES, SOLIDARITY_STATUSES, SOLIDARITY_TYPES, type SolidarityFilters } from "@/lib/solidarity/schemas";

/** Side, type, status and commune filters, kept in the address so a filtered board can be shared. */
export function BoardFilters({ filters, communes }: { filters: SolidarityFilters; communes: { insee: string; name: string }[] }) {
  const t = useTranslations("solidarity");
  const router = useRouter();
  const pathname = usePathname();
  const set = (key: keyof SolidarityFilters, value: string) => {
    const next = new URLSearchParams(Object.entries({ ...filters, [key]: value }).filter((entry): entry is [string, string] => !!entry[1]));
    router.push(next.size ? `${pathname}?${next}` : pathname);
  };
  return (
    <div className="feed-bar" data-testid="solidarity-filters">
      <select aria-label={t("fields.side")} value={filters.side ?? ""} onChange={(e) => set("side", e.target.value)}>
        <option value="">{t("allSides")}</option>
        {SOLIDARITY_SIDES.map((side) => (
          <option key={side} value={side}>
            {t(`sides.${side}`)}
          </option>
        ))}
      </select>
      <select aria-label={t("fields.type")} value={filters.type ?? ""} onChange={(e) => set("type", e.target.value)}>
        <option value="">{t("allTypes")}</option>
        {SOLIDARITY_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`types.${type}`)}
          </option>
        ))}
      </select>
      <select aria-label={t("fields.status")} value={filters.status ?? ""} onChange={(e) => set("status", e.target.value)}>
        <option value="">{t("allStatuses")}</option>
        {SOLIDARITY_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`statuses.${status}`)}
          </option>
        ))}
      </select>
      <select aria-label={t("fields.commune")} value={filters.insee ?? ""} onChange={(e) => set("insee", e.target.value)}>
        <option value="">{t("allCommunes")}</option>
        {communes.map((commune) => (
          <option key={commune.insee} value={commune.insee}>
            {commune.name}
          </option>
        ))}
      </select>
    </div>
  );
}
