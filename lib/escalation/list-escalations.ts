import { getActivationAccess } from "../activation/get-activation-access";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import type { ReportCategory } from "../activation/hazard-template-types";

export type EscalationView = {
  id: string;
  reportId: string;
  reportTitle: string;
  categoryLabel: string;
  placeName: string | null;
  message: string;
  status: "OPEN" | "ACKNOWLEDGED";
  createdAt: string;
  createdByName: string | null;
  acknowledgedByName: string | null;
  acknowledgedAt: string | null;
  answer: string | null;
  notifyCount: number;
  lastNotifiedAt: string;
  emailState: string;
  emailError: string | null;
};

/**
 * An activation's escalations, open ones first (oldest first: the longest
 * wait on top), then the settled ones, newest first. For anyone who may read
 * the activation (volunteers, coordinators, its authority users); others get
 * NOT_FOUND. `reportId` narrows to one report; `openOnly` to what is waiting.
 */
export async function listEscalations(actor: Pick<SessionUser, "id" | "role" | "organizationId">, activationId: string, options: { reportId?: string; openOnly?: boolean; locale?: string } = {}): Promise<EscalationView[]> {
  await getActivationAccess(actor, activationId);
  const [rows, activation] = await Promise.all([
    db().escalation.findMany({
      where: { activationId, ...(options.reportId ? { reportId: options.reportId } : {}), ...(options.openOnly ? { status: "OPEN" as const } : {}) },
      orderBy: { createdAt: "desc" },
      take: 500,
      include: { report: { select: { title: true, category: true, placeName: true } }, createdBy: { select: { name: true } } },
    }),
    db().activation.findUniqueOrThrow({ where: { id: activationId }, select: { reportCategories: true } }),
  ]);
  const categories = activation.reportCategories as ReportCategory[];
  const label = (code: string) => {
    const category = categories.find((c) => c.code === code);
    return category ? (options.locale === "en" ? category.label.en : category.label.fr) : code;
  };
  const views = rows.map((row): EscalationView => ({
    id: row.id,
    reportId: row.reportId,
    reportTitle: row.report.title,
    categoryLabel: label(row.report.category),
    placeName: row.report.placeName,
    message: row.message,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdBy?.name ?? null,
    acknowledgedByName: row.acknowledgedByName,
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    answer: row.answer,
    notifyCount: row.notifyCount,
    lastNotifiedAt: row.lastNotifiedAt.toISOString(),
    emailState: row.emailState,
    emailError: row.emailError,
  }));
  const open = views.filter((v) => v.status === "OPEN").reverse();
  return [...open, ...views.filter((v) => v.status !== "OPEN")];
}
