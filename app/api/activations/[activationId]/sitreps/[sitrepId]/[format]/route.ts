import { getActivationAccess } from "@/lib/activation/get-activation-access";
import { signedInRoute } from "@/lib/auth/signed-in-route";
import { AppError } from "@/lib/errors";
import { getSitrep } from "@/lib/sitrep/get-sitrep";
import { renderSitrepPdf } from "@/lib/sitrep/render-sitrep-pdf";
import { textStream } from "@/lib/export/to-csv";
import { sitrepCsvChunks, sitrepGeoJsonChunks } from "@/lib/sitrep/sitrep-exports";

export const dynamic = "force-dynamic";

/** A situation report exported as PDF, CSV (all its confirmed reports) or GeoJSON; the long ones are streamed. */
export const GET = signedInRoute<{ activationId: string; sitrepId: string; format: string }>(async (_request, user, { activationId, sitrepId, format }) => {
  const access = await getActivationAccess(user, activationId);
  const sitrep = await getSitrep(activationId, sitrepId);
  const base = `point-de-situation-${access.activation.slug}-${sitrep.number}`;
  const headers = (type: string, extension: string) => ({ "content-type": type, "content-disposition": `attachment; filename="${base}.${extension}"`, "cache-control": "no-store" });
  if (format === "pdf") return new Response(new Uint8Array(await renderSitrepPdf(sitrep)), { headers: headers("application/pdf", "pdf") });
  if (format === "csv") return new Response(textStream(sitrepCsvChunks(sitrep)), { headers: headers("text/csv; charset=utf-8", "csv") });
  if (format === "geojson") return new Response(textStream(sitrepGeoJsonChunks(sitrep)), { headers: headers("application/geo+json", "geojson") });
  throw new AppError("NOT_FOUND", "Unknown export format");
});
