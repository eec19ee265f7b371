import { getFormatter, getTranslations } from "next-intl/server";
import { EraseSubjectButton, PurgeNowButton } from "@/components/admin/retention-controls";
import { requireAdminUser } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { listRetentionStatus } from "@/lib/retention/list-retention-status";
import { findSubjectData } from "@/lib/retention/subject-requests";
import { eraseSubjectAction, runPurgeAction } from "./actions";

export default async function RetentionPage({ searchParams }: { searchParams: Promise<{ subject?: string; erased?: string }> }) {
  const actor = await requireAdminUser();
  const { subject, erased } = await searchParams;
  const [status, t, format] = await Promise.all([listRetentionStatus(actor), getTranslations(), getFormatter()]);
  const found = subject
    ? await findSubjectData(actor, { subject }).catch((error: unknown) => {
        if (isAppError(error) || (error instanceof Error && error.name === "ZodError")) return null;
        throw error;
      })
    : null;
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—");
  return (
    <main className="page">
      <h1>{t("retention.title")}</h1>
      <p className="muted">{t("retention.help")}</p>
      <PurgeNowButton action={runPurgeAction} />
      <table style={{ marginTop: "1rem" }}>
        <thead>
          <tr>
            <th>{t("activations.title")}</th>
            <th>{t("activations.closedAt")}</th>
            <th>{t("retention.due")}</th>
            <th>{t("retention.purgedAt")}</th>
          </tr>
        </thead>
        <tbody>
          {status.activations.map((a) => (
            <tr key={a.id}>
              <td>{a.name}</td>
              <td>{date(a.closedAt)}</td>
              <td>{date(a.purgeDue)}</td>
              <td>{date(a.purgedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t("retention.subjectTitle")}</h2>
      <p className="muted">{t("retention.subjectHelp")}</p>
      <form className="stack" method="get">
        <label>
          {t("retention.subject")}
          <input name="subject" defaultValue={subject ?? ""} minLength={3} required />
        </label>
        <button className="button" type="submit">
          {t("retention.search")}
        </button>
      </form>
      {subject && !found ? <p className="alert error">{t("errors.subject_too_short")}</p> : null}
      {erased !== undefined ? (
        <p className="alert ok" role="status">
          {t("retention.erased", { count: Number(erased) || 0 })}
        </p>
      ) : null}
      {found ? (
        <section className="panel" style={{ marginTop: "1rem" }} data-testid="subject-results">
          <p>{t("retention.found", { count: found.items.length, subject: found.subject })}</p>
          <ul>
            {found.items.slice(0, 50).map((item) => (
              <li key={`${item.kind}-${item.id}`}>
                <code>{item.kind}</code> — {item.summary}
              </li>
            ))}
          </ul>
          {found.items.length ? (
            <div className="button-row">
              <a className="button secondary" href={`/api/admin/subject-data?subject=${encodeURIComponent(found.subject)}`} download>
                {t("retention.export")}
              </a>
              <EraseSubjectButton action={eraseSubjectAction.bind(null, found.subject)} />
            </div>
          ) : null}
        </section>
      ) : null}

      <h2>{t("retention.runs")}</h2>
      <table>
        <tbody>
          {status.runs.map((run) => (
            <tr key={run.id}>
              <td>{date(run.at)}</td>
              <td>{t(`retention.kinds.${run.kind}` as "retention.kinds.manual")}</td>
              <td>{run.activationName ?? "—"}</td>
              <td>
                {Object.entries(run.results)
                  .map(([kind, count]) => `${kind}: ${count}`)
                  .join(", ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
