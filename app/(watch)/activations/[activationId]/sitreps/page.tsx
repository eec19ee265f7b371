import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DashboardLive } from "@/components/dashboard/dashboard-live";
import { CreateSitrepForm } from "@/components/sitrep/sitrep-forms";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { listSitreps } from "@/lib/sitrep/get-sitrep";
import { createSitrepAction } from "./actions";

export default async function SitrepsPage({ params }: { params: Promise<{ activationId: string }> }) {
  const { activationId } = await params;
  const { access } = await requireActivationPage(activationId);
  const [sitreps, t, format] = await Promise.all([listSitreps(activationId), getTranslations("sitrep"), getFormatter()]);
  const timeZone = access.activation.timeZone;
  return (
    <main className="page wide">
      <DashboardLive activationId={activationId} postsEveryMs={Number.POSITIVE_INFINITY} />
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {access.capabilities.has("coordinate") ? (
        <section className="panel" style={{ marginBottom: "1rem" }}>
          <h2 style={{ marginTop: 0 }}>{t("new")}</h2>
          <CreateSitrepForm action={createSitrepAction.bind(null, activationId)} timeZone={timeZone} />
        </section>
      ) : null}
      {sitreps.length === 0 ? <p className="muted">{t("empty")}</p> : null}
      <table data-testid="sitreps-table">
        <thead>
          <tr>
            <th>{t("number")}</th>
            <th>{t("asOf")}</th>
            <th>{t("author")}</th>
            <th>{t("exports")}</th>
          </tr>
        </thead>
        <tbody>
          {sitreps.map((sitrep) => (
            <tr key={sitrep.id}>
              <td>
                <Link href={`/activations/${activationId}/sitreps/${sitrep.id}`}>{t("numbered", { number: sitrep.number })}</Link>
              </td>
              <td>{format.dateTime(sitrep.asOf, { dateStyle: "medium", timeStyle: "short", timeZone })}</td>
              <td>{sitrep.authorName}</td>
              <td>
                <a href={`/api/activations/${activationId}/sitreps/${sitrep.id}/pdf`}>PDF</a> · <a href={`/api/activations/${activationId}/sitreps/${sitrep.id}/csv`}>CSV</a> · <a href={`/api/activations/${activationId}/sitreps/${sitrep.id}/geojson`}>GeoJSON</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
