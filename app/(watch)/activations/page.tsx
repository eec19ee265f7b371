import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActivationsLiveRefresh } from "@/components/activation/live-refresh";
import { listActivationsForUser } from "@/lib/activation/list-activations-for-user";
import { requireUser } from "@/lib/auth/guards";
import { findDepartement } from "@/lib/geo/departements";
import { onShiftNow } from "@/lib/team/list-shifts";

/** Home screen: the activations this user may see, live. */
export default async function ActivationsPage() {
  const user = await requireUser();
  const t = await getTranslations();
  const activations = await listActivationsForUser(user);
  const shifts = await onShiftNow(activations.map((a) => a.id));
  const canCreate = user.role === "COORDINATOR" || user.role === "ADMIN";
  return (
    <main className="page">
      <ActivationsLiveRefresh />
      <div style={{ display: "flex", alignItems: "center", gap: "1rem" }}>
        <h1 style={{ flex: 1 }}>{t("activations.title")}</h1>
        {canCreate ? (
          <Link className="button" href="/activations/new">
            {t("activations.new")}
          </Link>
        ) : null}
      </div>
      {activations.length === 0 ? <p className="panel">{t("activations.empty")}</p> : null}
      <div className="cards" data-testid="activation-cards">
        {activations.map((activation) => (
          <article key={activation.id} className="panel card">
            <h2>
              <Link href={`/activations/${activation.id}`}>{activation.name}</Link>
            </h2>
            <p>
              <span className={`badge ${activation.status}`}>{t(`statuses.${activation.status}` as "statuses.ACTIVE")}</span>{" "}
              {t(`hazards.${activation.hazard}` as "hazards.flood")}
            </p>
            <p className="muted">
              {activation.departements.length
                ? activation.departements.map((code) => findDepartement(code)?.name ?? code).join(", ")
                : t("activations.drawnArea")}
            </p>
            <p>
              <strong>{t("activations.onShiftNow")} :</strong> {shifts.get(activation.id)?.join(", ") ?? t("activations.nobodyOnShift")}
            </p>
          </article>
        ))}
      </div>
    </main>
  );
}
