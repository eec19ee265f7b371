import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { listHazardTemplates } from "@/lib/activation/hazard-templates";
import { requireAdminUser } from "@/lib/auth/guards";

export default async function TemplatesPage() {
  await requireAdminUser();
  const [templates, t, format] = await Promise.all([listHazardTemplates(), getTranslations(), getFormatter()]);
  return (
    <main className="page">
      <h1>{t("templates.title")}</h1>
      <p className="muted">{t("templates.help")}</p>
      <table>
        <thead>
          <tr>
            <th>{t("activations.hazard")}</th>
            <th>{t("wizard.keywords")}</th>
            <th>{t("activations.categories")}</th>
            <th>{t("templates.updated")}</th>
          </tr>
        </thead>
        <tbody>
          {templates.map((template) => (
            <tr key={template.hazard}>
              <td>
                <Link href={`/admin/templates/${template.hazard}`}>{t(`hazards.${template.hazard}`)}</Link>
              </td>
              <td>{template.keywords.fr.length + template.keywords.en.length}</td>
              <td>{template.reportCategories.length}</td>
              <td>{template.updatedAt ? format.dateTime(template.updatedAt, { dateStyle: "short" }) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
