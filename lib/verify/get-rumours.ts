import { db } from "../db/client";
import { AppError } from "../errors";

/** The activation's rumours with how many posts and reports carry each, newest first. Callers check read access. */
export async function listRumours(activationId: string) {
  const rows = await db().rumour.findMany({
    where: { activationId },
    orderBy: { createdAt: "desc" },
    select: { id: true, claim: true, status: true, createdAt: true, createdBy: { select: { name: true } }, _count: { select: { posts: true, reports: true } } },
  });
  return rows;
}

/** One rumour: its posts and reports, and its spread (linked posts per hour of posting). */
export async function getRumour(activationId: string, rumourId: string) {
  const rumour = await db().rumour.findFirst({
    where: { id: rumourId, activationId },
    include: {
      createdBy: { select: { name: true } },
      posts: { orderBy: { post: { postedAt: "asc" } }, include: { post: { select: { id: true, network: true, authorHandle: true, text: true, postedAt: true, url: true, deletedAt: true } } } },
      reports: { include: { report: { select: { id: true, title: true, status: true } } } },
    },
  });
  if (!rumour) throw new AppError("NOT_FOUND", "rumour_not_found");
  const spread = new Map<string, number>();
  for (const { post } of rumour.posts) {
    const hour = new Date(Math.floor(post.postedAt.getTime() / 3600_000) * 3600_000).toISOString();
    spread.set(hour, (spread.get(hour) ?? 0) + 1);
  }
  return {
    ...rumour,
    posts: rumour.posts.map(({ post }) => ({ ...post, id: post.id.toString() })),
    reports: rumour.reports.map(({ report }) => report),
    spread: [...spread.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([hour, posts]) => ({ hour, posts })),
  };
}
