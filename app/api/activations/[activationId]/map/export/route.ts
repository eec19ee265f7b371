import { apiError } from "@/lib/api-response";
import { currentUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { exportMapGeoJson } from "@/lib/map/export-map-geojson";

export const dynamic = "force-dynamic";

/** The watch-room map as a GeoJSON download, with the map's filters (coordinators and authorities). */
export async function GET(request: Request, { params }: { params: Promise<{ activationId: string }> }) {
  try {
    const { activationId } = await params;
    const user = await currentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "Login required");
    const collection = await exportMapGeoJson(user, activationId, Object.fromEntries(new URL(request.url).searchParams));
    return new Response(JSON.stringify(collection), {
      headers: {
        "content-type": "application/geo+json; charset=utf-8",
        "content-disposition": `attachment; filename="vigie-carte-${activationId.slice(0, 8)}.geojson"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return apiError(error);
  }
}
