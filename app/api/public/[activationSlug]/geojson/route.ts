import { getPublicMap } from "@/lib/public-map/get-public-map";
import { publicApiResponse } from "@/lib/public-map/public-api-response";
import { toPublicGeoJson } from "@/lib/public-map/to-public-geojson";
import { clock } from "@/lib/clock";

export const dynamic = "force-dynamic";

/** The public map as GeoJSON, for anyone while it is enabled: same filters (`window`, `category`), redaction and coarsening as the page. */
export async function GET(request: Request, { params }: { params: Promise<{ activationSlug: string }> }) {
  const { activationSlug } = await params;
  return publicApiResponse(
    request,
    activationSlug,
    async (activation, filters) => toPublicGeoJson(await getPublicMap(activation, filters), { name: activation.name, slug: activation.slug, generatedAt: clock().now() }),
    "application/geo+json",
  );
}
