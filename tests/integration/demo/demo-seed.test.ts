import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../../lib/db/client";
import { closePgPool } from "../../../lib/db/pg-pool";
import { seedDemo } from "../../../lib/demo/seed-demo";
import { findPublicActivation } from "../../../lib/public-map/find-public-activation";
import { getPublicMap } from "../../../lib/public-map/get-public-map";
import { resetDatabase } from "../helpers/fixtures";

// What a newcomer finds after `npm start`: the issues' "done when" states, seeded once.
let activationId: string;

beforeAll(async () => {
  await resetDatabase();
  expect(await seedDemo()).toEqual({ seeded: true });
  activationId = (await db().activation.findUniqueOrThrow({ where: { slug: "crue-adour-landes" } })).id;
});
afterAll(() => closePgPool());

describe("the demo activation", () => {
  it("has a public map to send to the prefecture, with published reports", async () => {
    const activation = await findPublicActivation("crue-adour-landes");
    expect(activation).not.toBeNull();
    const map = await getPublicMap(activation!, { window: "all" });
    expect(map.reports.length).toBeGreaterThanOrEqual(4);
    expect(map.messages.length).toBeGreaterThanOrEqual(1);
  });

  it("has an open urgent escalation for the prefecture and a first situation report to download", async () => {
    expect(await db().escalation.count({ where: { activationId, status: "OPEN" } })).toBeGreaterThanOrEqual(1);
    const sitrep = await db().situationReport.findFirstOrThrow({ where: { activationId } });
    expect(sitrep.number).toBe(1);
    expect(sitrep.summary).toContain("Adour");
  });

  it("has a solidarity board with matched needs and offers, and a rebuttal ready to approve", async () => {
    expect(await db().solidarityItem.count({ where: { activationId, status: "MATCHED" } })).toBeGreaterThanOrEqual(2);
    expect(await db().relayMessage.count({ where: { activationId, kind: "REBUTTAL", status: "DRAFT" } })).toBeGreaterThanOrEqual(1);
  });

  it("is seeded once", async () => {
    expect(await seedDemo()).toEqual({ seeded: false });
  });
});
