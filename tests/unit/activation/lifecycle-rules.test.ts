import { describe, expect, it } from "vitest";
import { nextStatuses, refuseTransition } from "../../../lib/activation/lifecycle-rules";

const facts = (from: string, to: string, extra: Partial<{ keywordCount: number; reason: string | null }> = {}) =>
  ({ from, to, keywordCount: 3, reason: "motif", ...extra }) as Parameters<typeof refuseTransition>[0];

describe("activation lifecycle rules", () => {
  it("allows the documented path", () => {
    for (const [from, to] of [["DRAFT", "ACTIVE"], ["ACTIVE", "PAUSED"], ["PAUSED", "ACTIVE"], ["ACTIVE", "CLOSED"], ["PAUSED", "CLOSED"], ["CLOSED", "ARCHIVED"], ["DRAFT", "CLOSED"]]) {
      expect(refuseTransition(facts(from, to)), `${from} → ${to}`).toBeNull();
    }
  });

  it("names why a change is refused", () => {
    expect(refuseTransition(facts("CLOSED", "CLOSED"))).toBe("already_closed");
    expect(refuseTransition(facts("CLOSED", "ACTIVE"))).toBe("already_closed");
    expect(refuseTransition(facts("ARCHIVED", "ACTIVE"))).toBe("already_archived");
    expect(refuseTransition(facts("ACTIVE", "ACTIVE"))).toBe("same_status");
    expect(refuseTransition(facts("DRAFT", "PAUSED"))).toBe("invalid_transition");
    expect(refuseTransition(facts("ACTIVE", "ARCHIVED"))).toBe("invalid_transition");
    expect(refuseTransition(facts("DRAFT", "ACTIVE", { keywordCount: 0 }))).toBe("keywords_required");
    expect(refuseTransition(facts("ACTIVE", "CLOSED", { reason: "  " }))).toBe("reason_required");
    expect(refuseTransition(facts("ACTIVE", "PAUSED", { reason: null }))).toBe("reason_required");
  });

  it("offers nothing after archiving", () => {
    expect(nextStatuses("ARCHIVED")).toEqual([]);
    expect(nextStatuses("ACTIVE")).toEqual(["PAUSED", "CLOSED"]);
  });
});
