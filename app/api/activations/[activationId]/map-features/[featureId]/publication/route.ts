import { publicationResponse, readJsonBody } from "@/lib/publish/publication-api";
import { publishMapFeature, unpublishMapFeature } from "@/lib/publish/publish-map-feature";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ activationId: string; featureId: string }> };

/** Publish a drawn feature under a public label: `{ publicLabel, version? }`. Coordinators only. */
export async function PUT(request: Request, { params }: Params) {
  const { activationId, featureId } = await params;
  return publicationResponse(async (user) => publishMapFeature(user, activationId, featureId, await readJsonBody(request)));
}

/** Take the feature off the public map. */
export async function DELETE(_request: Request, { params }: Params) {
  const { activationId, featureId } = await params;
  return publicationResponse((user) => unpublishMapFeature(user, activationId, featureId));
}
