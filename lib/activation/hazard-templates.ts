import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { DEFAULT_HAZARD_TEMPLATES, type HazardTemplateData, type ReportCategory } from "./default-hazard-templates";
import { HAZARDS, isHazard, type Hazard } from "./hazards";
import { hazardTemplateInputSchema } from "./template-schemas";

export type HazardTemplate = HazardTemplateData & { updatedAt: Date | null };

/** Seeds the templates that are missing from the database; never overwrites an admin's edits. */
export async function ensureHazardTemplates(): Promise<number> {
  const existing = new Set((await db().hazardTemplate.findMany({ select: { hazard: true } })).map((row) => row.hazard));
  const missing = HAZARDS.filter((hazard) => !existing.has(hazard));
  for (const hazard of missing) {
    await db().hazardTemplate.create({ data: toRow(DEFAULT_HAZARD_TEMPLATES[hazard]) });
  }
  return missing.length;
}

export async function listHazardTemplates(): Promise<HazardTemplate[]> {
  await ensureHazardTemplates();
  const rows = await db().hazardTemplate.findMany();
  const byHazard = new Map(rows.map((row) => [row.hazard, row]));
  return HAZARDS.map((hazard) => fromRow(hazard, byHazard.get(hazard) ?? null));
}

export async function getHazardTemplate(hazard: string): Promise<HazardTemplate> {
  if (!isHazard(hazard)) throw new AppError("NOT_FOUND", "hazard_unknown");
  await ensureHazardTemplates();
  return fromRow(hazard, await db().hazardTemplate.findUnique({ where: { hazard } }));
}

/** Admins edit a template; activations created afterwards use the new lists. Audited. */
export async function updateHazardTemplate(actor: SessionUser, hazard: string, input: unknown): Promise<void> {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Administrators only");
  if (!isHazard(hazard)) throw new AppError("NOT_FOUND", "hazard_unknown");
  const data = hazardTemplateInputSchema.parse(input);
  const before = await getHazardTemplate(hazard);
  await mutate(actor, async ({ tx, audit }) => {
    await tx.hazardTemplate.update({ where: { hazard }, data: { ...toRow({ hazard, ...data }), updatedById: actor.id } });
    await audit({ action: "hazard_template.update", entity: "HazardTemplate", entityId: hazard, before, after: data });
  });
}

function toRow(template: HazardTemplateData) {
  return {
    hazard: template.hazard,
    keywordsFr: template.keywords.fr,
    keywordsEn: template.keywords.en,
    hashtags: template.hashtags,
    exclusionsFr: template.exclusions.fr,
    exclusionsEn: template.exclusions.en,
    languages: template.languages,
    reportCategories: template.reportCategories,
  };
}

type Row = Awaited<ReturnType<ReturnType<typeof db>["hazardTemplate"]["findUnique"]>>;

function fromRow(hazard: Hazard, row: Row): HazardTemplate {
  if (!row) return { ...DEFAULT_HAZARD_TEMPLATES[hazard], updatedAt: null };
  return {
    hazard,
    keywords: { fr: row.keywordsFr, en: row.keywordsEn },
    hashtags: row.hashtags,
    exclusions: { fr: row.exclusionsFr, en: row.exclusionsEn },
    languages: row.languages,
    reportCategories: row.reportCategories as ReportCategory[],
    updatedAt: row.updatedAt,
  };
}
