import { getPublicMap } from "@/lib/public-map/get-public-map";
import { publicApiResponse } from "@/lib/public-map/public-api-response";

export const dynamic = "force-dynamic";

/** The public map's items as JSON (what the page loads when filters change or after a reconnect). */
export async function GET(request: Request, { params }: { params: Promise<{ activationSlug: string }> }) {
  const { activationSlug } = await params;
  return publicApiResponse(request, activationSlug, (activation, filters) => getPublicMap(activation, filters));
}
