import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listActivationsForUser } from "@/lib/activation/list-activations-for-user";
import { requireUser } from "@/lib/auth/guards";

export default async function ActivationsPage() {
  const user = await requireUser();
  const t = await getTranslations();
  const activations = await listActivationsForUser(user);
  return (
    <main className="page">
      <h1>{t("activations.title")}</h1>
      {activations.length === 0 ? <p className="panel">{t("activations.empty")}</p> : null}
      {activations.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th>{t("activations.title")}</th>
              <th>{t("activations.hazard")}</th>
              <th>{t("activations.status")}</th>
            </tr>
          </thead>
          <tbody>
            {activations.map((activation) => (
              <tr key={activation.id}>
                <td>
                  <Link href={`/activations/${activation.id}`}>{activation.name}</Link>
                </td>
                <td>{t(`hazards.${activation.hazard}` as "hazards.flood")}</td>
                <td>
                  <span className={`badge ${activation.status}`}>{t(`statuses.${activation.status}` as "statuses.ACTIVE")}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </main>
  );
}
