"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import type { MediaExif } from "@/lib/media/store-media-file";
import { FieldError, FormStatus } from "../ui/form-status";

export type CaptureState = ActionResult & { network?: string; duplicate?: boolean; photos?: { id: string; exif: MediaExif | null }[] };

type Props = { action: (previous: CaptureState | null, data: FormData) => Promise<CaptureState> };

/** Manual capture: paste a link and the text, attach screenshots or photos; shows what their EXIF says. */
export function CaptureForm({ action }: Props) {
  const t = useTranslations("capture");
  const format = useFormatter();
  const [result, run, pending] = useActionState(action, null);
  return (
    <form action={run} className="stack" style={{ maxWidth: 640 }}>
      <FormStatus result={result} success={result?.ok ? (result.duplicate ? t("duplicate") : t("saved", { network: result.network ?? "" })) : undefined} />
      {result?.ok && result.photos?.length ? (
        <ul className="panel" data-testid="capture-exif">
          {result.photos.map((photo) => (
            <li key={photo.id}>
              {photo.exif
                ? t("exif", {
                    date: photo.exif.takenAt ? format.dateTime(new Date(photo.exif.takenAt), { dateStyle: "medium", timeStyle: "short" }) : "—",
                    place: photo.exif.lat !== null && photo.exif.lon !== null ? `${photo.exif.lat.toFixed(5)}, ${photo.exif.lon.toFixed(5)}` : t("noGps"),
                    camera: photo.exif.camera ?? "—",
                  })
                : t("noExif")}
            </li>
          ))}
        </ul>
      ) : null}
      <label>
        {t("url")}
        <input name="url" type="url" placeholder="https://www.facebook.com/…" />
        <FieldError result={result} field="url" />
      </label>
      <label>
        {t("text")}
        <textarea name="text" rows={5} required />
        <FieldError result={result} field="text" />
      </label>
      <label>
        {t("author")}
        <input name="authorHandle" />
      </label>
      <label>
        {t("postedAt")}
        <input name="postedAt" type="datetime-local" />
      </label>
      <label>
        {t("photos")}
        <input name="photos" type="file" accept="image/jpeg,image/png,image/webp,image/heic" multiple />
      </label>
      <button className="button" type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
