import { clock } from "../clock";
import { db } from "../db/client";

export type ShiftRow = { id: string; userId: string; name: string; startsAt: Date; endsAt: Date; onNow: boolean };

/** Shifts overlapping [from, to], earliest first. Callers check read access first. */
export async function listShifts(activationId: string, window: { from: Date; to: Date }): Promise<ShiftRow[]> {
  const now = clock().now().getTime();
  const rows = await db().shift.findMany({
    where: { activationId, startsAt: { lt: window.to }, endsAt: { gt: window.from } },
    include: { user: { select: { name: true } } },
    orderBy: [{ startsAt: "asc" }, { endsAt: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    userId: row.userId,
    name: row.user.name,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    onNow: row.startsAt.getTime() <= now && now < row.endsAt.getTime(),
  }));
}

/** Who is on watch right now, per activation (one query for a whole home screen). */
export async function onShiftNow(activationIds: string[]): Promise<Map<string, string[]>> {
  const now = clock().now();
  const rows = await db().shift.findMany({
    where: { activationId: { in: activationIds }, startsAt: { lte: now }, endsAt: { gt: now } },
    include: { user: { select: { name: true } } },
    orderBy: { startsAt: "asc" },
  });
  const byActivation = new Map<string, string[]>();
  for (const row of rows) byActivation.set(row.activationId, [...(byActivation.get(row.activationId) ?? []), row.user.name]);
  return byActivation;
}
