import { signedInRoute } from "@/lib/auth/signed-in-route";
import { exportMapGeoJson } from "@/lib/map/export-map-geojson";

export const dynamic = "force-dynamic";

/** The watch-room map as a GeoJSON download, with the map's filters (coordinators and authorities). */
export const GET = signedInRoute<{ activationId: string }>(async (request, user, { activationId }) => {
  const collection = await exportMapGeoJson(user, activationId, Object.fromEntries(new URL(request.url).searchParams));
  return new Response(JSON.stringify(collection), {
    headers: {
      "content-type": "application/geo+json; charset=utf-8",
      "content-disposition": `attachment; filename="vigie-carte-${activationId.slice(0, 8)}.geojson"`,
      "cache-control": "private, no-store",
    },
  });
});
