import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RelayTemplateForm } from "@/components/relay/relay-template-form";
import { HAZARDS } from "@/lib/activation/hazards";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { listRelayTemplates } from "@/lib/relay/list-relay-templates";
import { saveRelayTemplateAction } from "../actions";

/** The library of safety instructions, shared by every activation; coordinators edit it and add their own. */
export default async function RelayLibraryPage({ params }: { params: Promise<{ activationId: string }> }) {
  const { activationId } = await params;
  const { access } = await requireActivationPage(activationId, "coordinate");
  const [templates, t, th] = await Promise.all([listRelayTemplates({ hazard: access.activation.hazard, includeInactive: true }), getTranslations("relay"), getTranslations("hazards")]);
  const hazardNames = Object.fromEntries(HAZARDS.map((hazard) => [hazard, th(hazard)]));
  const hazards = [...new Set(templates.map((template) => template.hazard))];
  return (
    <main className="page wide">
      <p>
        <Link href={`/activations/${activationId}/relay`}>← {t("title")}</Link>
      </p>
      <h1>{t("library.title")}</h1>
      <p className="muted">{t("library.intro")}</p>
      <details className="panel">
        <summary>{t("library.add")}</summary>
        <RelayTemplateForm initial={null} hazardNames={hazardNames} action={saveRelayTemplateAction.bind(null, activationId, null)} testId="relay-template-new" />
      </details>
      {hazards.map((hazard) => (
        <section key={hazard} style={{ marginTop: "1rem" }}>
          <h2>{hazardNames[hazard] ?? hazard}</h2>
          <ul className="stack" style={{ listStyle: "none", padding: 0 }} data-testid={`relay-library-${hazard}`}>
            {templates
              .filter((template) => template.hazard === hazard)
              .map((template) => (
                <li key={template.id} className="panel">
                  <strong>{template.title}</strong> {template.active ? null : <span className="badge">{t("library.inactive")}</span>}
                  {template.key ? <span className="muted small"> · {t("library.builtIn")}</span> : <span className="muted small"> · {t("library.byAuthor", { name: template.author?.name ?? "?" })}</span>}
                  <p style={{ whiteSpace: "pre-wrap" }}>{template.body}</p>
                  <p className="small">
                    {t("library.source")} <a href={template.sourceUrl} target="_blank" rel="noopener noreferrer">{template.sourceName}</a> · {template.hashtags.join(" ")}
                  </p>
                  <details>
                    <summary>{t("edit")}</summary>
                    <RelayTemplateForm initial={template} hazardNames={hazardNames} action={saveRelayTemplateAction.bind(null, activationId, template.id)} testId="relay-template-edit" />
                  </details>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
