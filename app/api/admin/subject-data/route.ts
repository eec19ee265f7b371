import { apiError } from "@/lib/api-response";
import { currentUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { findSubjectData } from "@/lib/retention/subject-requests";

export const dynamic = "force-dynamic";

/** Export of everything held about one handle or person (GDPR access request), as a JSON download. */
export async function GET(request: Request) {
  try {
    const actor = await currentUser();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Login required");
    const subject = new URL(request.url).searchParams.get("subject");
    const result = await findSubjectData(actor, { subject });
    const body = JSON.stringify({ subject: result.subject, exportedAt: new Date().toISOString(), items: result.items }, null, 2);
    return new Response(body, {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="vigie-donnees-personnes.json"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return apiError(error);
  }
}
