import { getActivationAccess } from "@/lib/activation/get-activation-access";
import { signedInRoute } from "@/lib/auth/signed-in-route";
import { eventLogCsv } from "@/lib/eventlog/event-log-csv";
import { listEventLog, logFilterSchema } from "@/lib/eventlog/list-event-log";

export const dynamic = "force-dynamic";

/** The event log as CSV, with the page's filters. */
export const GET = signedInRoute<{ activationId: string }>(async (request, user, { activationId }) => {
  const access = await getActivationAccess(user, activationId);
  const filter = logFilterSchema(access.activation.timeZone).parse(Object.fromEntries(new URL(request.url).searchParams));
  const csv = eventLogCsv(await listEventLog(activationId, filter), { locale: user.locale === "en" ? "en" : "fr", timeZone: access.activation.timeZone });
  const name = `main-courante-${access.activation.slug}.csv`;
  return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" } });
});
