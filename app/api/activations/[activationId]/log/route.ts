import { getActivationAccess } from "@/lib/activation/get-activation-access";
import { signedInRoute } from "@/lib/auth/signed-in-route";
import { eventLogCsvChunks } from "@/lib/eventlog/event-log-csv";
import { eachEventLogPage, logFilterSchema } from "@/lib/eventlog/list-event-log";
import { textStream } from "@/lib/export/to-csv";

export const dynamic = "force-dynamic";

/** The event log as CSV, with the page's filters: the whole log, not only the page's newest rows, streamed page by page. */
export const GET = signedInRoute<{ activationId: string }>(async (request, user, { activationId }) => {
  const access = await getActivationAccess(user, activationId);
  const filter = logFilterSchema(access.activation.timeZone).parse(Object.fromEntries(new URL(request.url).searchParams));
  const body = textStream(eventLogCsvChunks(eachEventLogPage(activationId, filter), { locale: user.locale === "en" ? "en" : "fr", timeZone: access.activation.timeZone }));
  const name = `main-courante-${access.activation.slug}.csv`;
  return new Response(body, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" } });
});
