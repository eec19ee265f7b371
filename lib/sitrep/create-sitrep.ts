import { z } from "zod";
import { requireCoordination } from "../activation/require-coordination";
import type { SessionUser } from "../auth/session-user";
import { clock } from "../clock";
import { mutate } from "../db/mutate";
import { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { zonedInputToDate } from "../team/zoned-time";
import { buildSitrepData } from "./build-sitrep-data";

/**
 * `asOf` is the moment described; now when absent, never in the future. A
 * form's `datetime-local` value is wall-clock time in the activation's zone
 * (a coordinator in Paris, a server in UTC); an ISO instant is taken as is.
 */
export const createSitrepSchema = (timeZone: string) =>
  z.object({
    asOf: z.preprocess((value) => (value === "" ? undefined : typeof value === "string" ? zonedInputToDate(value, timeZone) : value), z.coerce.date().optional()),
    summary: z.string().trim().max(10_000).default(""),
  });

/**
 * A coordinator generates a situation report: its figures are frozen in
 * `data`, and it takes the activation's next number. Audited `sitrep.create`.
 */
export async function createSitrep(actor: SessionUser, activationId: string, input: unknown): Promise<{ id: string; number: number }> {
  const access = await requireCoordination(actor, activationId);
  const { asOf: requested, summary } = createSitrepSchema(access.activation.timeZone).parse(input);
  const now = clock().now();
  if (requested && requested.getTime() > now.getTime() + 60_000) throw new AppError("INVALID_INPUT", "sitrep_in_future");
  const asOf = requested ?? now;
  const data = await buildSitrepData(activationId, asOf);
  // Two coordinators generating at once both read the same last number: the unique key makes one retry.
  for (let attempt = 0; ; attempt++) {
    try {
      return await mutate(actor, async ({ tx, audit, emitToActivation }) => {
        const last = await tx.situationReport.aggregate({ where: { activationId }, _max: { number: true } });
        const number = (last._max.number ?? 0) + 1;
        const created = await tx.situationReport.create({ data: { activationId, number, asOf, summary, data: data as unknown as Prisma.InputJsonValue, authorId: actor.id, authorName: actor.name } });
        await audit({ action: "sitrep.create", entity: "SituationReport", entityId: created.id, activationId, after: { number, asOf, summaryLength: summary.length } });
        await emitToActivation(activationId, "sitrep:changed", { id: created.id, number });
        return { id: created.id, number };
      });
    } catch (error) {
      if (attempt < 3 && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
}
