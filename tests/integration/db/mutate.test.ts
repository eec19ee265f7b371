import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../../lib/db/client";
import { mutate, onCommittedEvents, type CommittedEvent } from "../../../lib/db/mutate";
import { listMissedEvents } from "../../../lib/realtime/missed-events";
import { createActivation, createOrganization, createUser, resetDatabase } from "../helpers/fixtures";

let events: CommittedEvent[];
let unsubscribe: () => void;
let activationId: string;
let actor: { id: string };

beforeEach(async () => {
  await resetDatabase();
  const org = await createOrganization();
  actor = await createUser({ role: "COORDINATOR", organizationId: org.id });
  activationId = (await createActivation({ ownerOrganizationId: org.id, createdById: actor.id })).id;
  events = [];
  unsubscribe = onCommittedEvents((batch) => events.push(...batch));
});
afterEach(() => unsubscribe());

describe("mutate", () => {
  it("writes audit rows and sequenced events in the transaction, and announces them after commit", async () => {
    await mutate(actor, async ({ audit, emitToActivation }) => {
      await audit({ action: "test.one", entity: "Activation", entityId: activationId, activationId });
      expect(events).toEqual([]); // nothing announced before commit
      await emitToActivation(activationId, "thing:created", { n: 1 });
      await emitToActivation(activationId, "thing:created", { n: 2 });
    });
    expect(events.map((e) => (e.scope === "activation" ? e.seq : -1))).toEqual([1, 2]);
    expect(await db().auditLog.count({ where: { action: "test.one", actorId: actor.id } })).toBe(1);
  });

  it("rolls back rows, audit and events together", async () => {
    await expect(
      mutate(actor, async ({ audit, emitToActivation }) => {
        await audit({ action: "test.doomed", entity: "Activation", entityId: activationId });
        await emitToActivation(activationId, "thing:created", {});
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(events).toEqual([]);
    expect(await db().auditLog.count()).toBe(0);
    expect((await db().activation.findUniqueOrThrow({ where: { id: activationId } })).eventSeq).toBe(0);
  });

  it("keeps sequence numbers unique under concurrent writers and lets a client catch up", async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => mutate(actor, ({ emitToActivation }) => emitToActivation(activationId, "thing:created", { i }))),
    );
    const seqs = events.map((e) => (e.scope === "activation" ? e.seq : 0)).sort((a, b) => a - b);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const missed = await listMissedEvents(activationId, 7);
    expect(missed.events.map((e) => e.seq)).toEqual([8, 9, 10]);
    expect(missed).toMatchObject({ latestSeq: 10, complete: true });
  });
});
