import { apiError } from "@/lib/api-response";
import { getActivationAccess } from "@/lib/activation/get-activation-access";
import { currentUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { eventLogCsv } from "@/lib/eventlog/event-log-csv";
import { listEventLog, logFilterSchema } from "@/lib/eventlog/list-event-log";

export const dynamic = "force-dynamic";

/** The event log as CSV, with the page's filters. */
export async function GET(request: Request, { params }: { params: Promise<{ activationId: string }> }) {
  try {
    const { activationId } = await params;
    const user = await currentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "Login required");
    const access = await getActivationAccess(user, activationId);
    const filter = logFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const csv = eventLogCsv(await listEventLog(activationId, filter), { locale: user.locale === "en" ? "en" : "fr", timeZone: access.activation.timeZone });
    const name = `main-courante-${access.activation.slug}.csv`;
    return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" } });
  } catch (error) {
    return apiError(error);
  }
}
