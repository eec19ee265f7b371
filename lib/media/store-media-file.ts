import { createHash } from "node:crypto";
import exifr from "exifr";
import sharp, { type Metadata, type Sharp } from "sharp";
import { db } from "../db/client";
import { AppError } from "../errors";

/**
 * Media storage: uploaded photos and screenshots go to PostgreSQL (bytea), so
 * several app processes share them and no process's local disk matters. A
 * thumbnail and a blurred thumbnail are made at upload; EXIF date and GPS
 * position are read (they help verify where and when a photo was taken).
 */
export const MAX_MEDIA_BYTES = Number(process.env.VIGIE_MEDIA_MAX_BYTES ?? 10 * 1024 * 1024);
const ACCEPTED = new Set(["image/jpeg", "image/png", "image/webp", "image/heic", "image/heif", "image/gif"]);

export type MediaExif = { takenAt: string | null; lat: number | null; lon: number | null; camera: string | null };
export type StoredMedia = { id: string; mime: string; size: number; width: number | null; height: number | null; exif: MediaExif | null };

export async function storeMediaFile(input: { activationId: string; uploadedById: string | null; bytes: Buffer; mime: string }): Promise<StoredMedia> {
  if (input.bytes.length === 0) throw new AppError("INVALID_INPUT", "media_empty");
  if (input.bytes.length > MAX_MEDIA_BYTES) throw new AppError("INVALID_INPUT", "media_too_large");
  if (!ACCEPTED.has(input.mime)) throw new AppError("INVALID_INPUT", "media_type_unsupported");
  let image: Sharp;
  let metadata: Metadata;
  try {
    image = sharp(input.bytes, { failOn: "error" }).rotate();
    metadata = await image.metadata();
  } catch {
    throw new AppError("INVALID_INPUT", "media_unreadable");
  }
  const thumbnail = await image.clone().resize(480, 480, { fit: "inside", withoutEnlargement: true }).jpeg({ quality: 78 }).toBuffer();
  const blurred = await sharp(thumbnail).blur(18).jpeg({ quality: 60 }).toBuffer();
  const exif = await readExif(input.bytes);
  const row = await db().mediaFile.create({
    data: {
      activationId: input.activationId,
      mime: input.mime,
      size: input.bytes.length,
      sha256: createHash("sha256").update(input.bytes).digest("hex"),
      bytes: new Uint8Array(input.bytes),
      thumbnail: new Uint8Array(thumbnail),
      blurred: new Uint8Array(blurred),
      width: metadata.width ?? null,
      height: metadata.height ?? null,
      exif: exif ?? undefined,
      uploadedById: input.uploadedById,
    },
    select: { id: true },
  });
  return { id: row.id, mime: input.mime, size: input.bytes.length, width: metadata.width ?? null, height: metadata.height ?? null, exif };
}

export async function readExif(bytes: Buffer): Promise<MediaExif | null> {
  try {
    const tags = (await exifr.parse(bytes, { gps: true, tiff: true, exif: true })) as Record<string, unknown> | undefined;
    if (!tags) return null;
    const taken = tags.DateTimeOriginal ?? tags.CreateDate ?? tags.ModifyDate;
    const lat = typeof tags.latitude === "number" ? tags.latitude : null;
    const lon = typeof tags.longitude === "number" ? tags.longitude : null;
    const camera = [tags.Make, tags.Model].filter((part) => typeof part === "string").join(" ") || null;
    const takenAt = taken instanceof Date && !Number.isNaN(taken.getTime()) ? taken.toISOString() : null;
    if (!takenAt && lat === null && !camera) return null;
    return { takenAt, lat, lon, camera };
  } catch {
    return null;
  }
}
