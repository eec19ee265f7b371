"use client";

import { useTranslations } from "next-intl";

/**
 * The link, hashtags and public-map choice of a relay message, shared by the
 * draft and edit forms. Link and hashtags are controlled: both forms count
 * the post's length per network as they are typed.
 */
export function RelayLinkFields({
  link,
  hashtags,
  onLinkChange,
  onHashtagsChange,
}: {
  link: string;
  hashtags: string;
  onLinkChange: (value: string) => void;
  onHashtagsChange: (value: string) => void;
}) {
  const t = useTranslations("relay");
  return (
    <>
      <label>
        {t("fields.link")}
        <input name="link" type="url" value={link} onChange={(event) => onLinkChange(event.target.value)} />
      </label>
      <label>
        {t("fields.hashtags")}
        <input name="hashtags" value={hashtags} onChange={(event) => onHashtagsChange(event.target.value)} />
      </label>
    </>
  );
}

export function ShowOnPublicMapField({ defaultChecked }: { defaultChecked: boolean }) {
  const t = useTranslations("relay");
  return (
    <label className="inline">
      <input type="checkbox" name="showOnPublicMap" defaultChecked={defaultChecked} /> {t("fields.showOnPublicMap")}
    </label>
  );
}
