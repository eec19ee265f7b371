import { db } from "../db/client";

/** The activation's relay messages with their approvals and publication history, newest first. Callers check read access. */
export async function listRelayMessages(activationId: string, options: { rumourId?: string; reportId?: string } = {}) {
  return db().relayMessage.findMany({
    where: { activationId, ...(options.rumourId ? { rumourId: options.rumourId } : {}), ...(options.reportId ? { reportId: options.reportId } : {}) },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      kind: true,
      status: true,
      title: true,
      body: true,
      link: true,
      hashtags: true,
      imageMediaId: true,
      imageAlt: true,
      showOnPublicMap: true,
      version: true,
      createdAt: true,
      approvedAt: true,
      authorityApprovedAt: true,
      publishedAt: true,
      withdrawnAt: true,
      rumourId: true,
      reportId: true,
      createdBy: { select: { name: true } },
      template: { select: { title: true, sourceName: true, sourceUrl: true } },
      rumour: { select: { claim: true } },
      publications: { orderBy: { at: "desc" }, select: { id: true, network: true, url: true, at: true, error: true, removedAt: true, removeError: true, publishedBy: { select: { name: true } } } },
    },
  });
}

export type RelayMessageRow = Awaited<ReturnType<typeof listRelayMessages>>[number];

/** Who approved: names, read apart because the schema keeps approver ids without relations. */
export async function approverNames(messages: { id: string }[]): Promise<Map<string, { coordinator: string | null; authority: string | null }>> {
  const rows = await db().relayMessage.findMany({ where: { id: { in: messages.map((m) => m.id) } }, select: { id: true, approvedById: true, authorityApprovedById: true } });
  const ids = [...new Set(rows.flatMap((row) => [row.approvedById, row.authorityApprovedById].filter((id): id is string => id !== null)))];
  const users = new Map((await db().user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((user) => [user.id, user.name]));
  return new Map(rows.map((row) => [row.id, { coordinator: row.approvedById ? (users.get(row.approvedById) ?? "?") : null, authority: row.authorityApprovedById ? (users.get(row.authorityApprovedById) ?? "?") : null }]));
}
