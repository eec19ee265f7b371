import { apiError } from "../api-response";
import { AppError } from "../errors";
import { findPublicActivation, type PublicActivation } from "./find-public-activation";
import { readPublicMapFilters, type PublicMapFilters } from "./public-map-filters";

/** Short freshness, then served stale while refreshed: cheap for a crowd, live changes come by socket anyway. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=15, stale-while-revalidate=60";

/**
 * The shared shape of the public API routes: find the enabled public map (404 otherwise),
 * read the filters (400 when malformed), answer cacheable JSON anyone may fetch.
 */
export async function publicApiResponse(
  request: Request,
  slug: string,
  build: (activation: PublicActivation, filters: PublicMapFilters) => Promise<unknown>,
  contentType = "application/json",
): Promise<Response> {
  try {
    const activation = await findPublicActivation(slug);
    if (!activation) throw new AppError("NOT_FOUND", "public_map_not_found");
    const filters = readPublicMapFilters(new URL(request.url).searchParams);
    const body = await build(activation, filters);
    return new Response(JSON.stringify(body), {
      headers: {
        "content-type": `${contentType}; charset=utf-8`,
        "cache-control": PUBLIC_CACHE_CONTROL,
        "access-control-allow-origin": "*",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    const response = apiError(error);
    response.headers.set("cache-control", "no-store");
    return response;
  }
}
