import { db } from "../db/client";
import { AppError } from "../errors";

/** The bytes of one variant of a stored file; callers check read access on its activation. */
export async function readMediaFile(id: string, variant: "full" | "thumb" | "blurred"): Promise<{ activationId: string; mime: string; bytes: Uint8Array }> {
  const row = await db().mediaFile.findUnique({
    where: { id },
    select: { activationId: true, mime: true, bytes: variant === "full", thumbnail: variant === "thumb", blurred: variant === "blurred" },
  });
  if (!row) throw new AppError("NOT_FOUND", "No such media");
  const bytes = variant === "full" ? row.bytes : variant === "thumb" ? row.thumbnail : row.blurred;
  return { activationId: row.activationId, mime: variant === "full" ? row.mime : "image/jpeg", bytes: bytes! };
}
