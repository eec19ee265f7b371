import { publicationResponse, readJsonBody } from "@/lib/publish/publication-api";
import { publishReport } from "@/lib/publish/publish-report";
import { unpublishReport } from "@/lib/publish/unpublish-report";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ activationId: string; reportId: string }> };

/** Publish (or re-publish) a CONFIRMED report: `{ publicTitle, publicSummary, version? }`. Coordinators only. */
export async function PUT(request: Request, { params }: Params) {
  const { activationId, reportId } = await params;
  return publicationResponse(async (user) => publishReport(user, activationId, reportId, await readJsonBody(request)));
}

/** Take the report off the public map. */
export async function DELETE(_request: Request, { params }: Params) {
  const { activationId, reportId } = await params;
  return publicationResponse((user) => unpublishReport(user, activationId, reportId));
}
