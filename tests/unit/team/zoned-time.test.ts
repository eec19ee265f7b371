import { describe, expect, it } from "vitest";
import { dateToZonedInput, zonedInputToDate } from "../../../lib/team/zoned-time";

describe("wall-clock times in an activation's time zone", () => {
  it("reads a datetime-local value in Paris, winter and summer", () => {
    expect((zonedInputToDate("2026-12-01T08:00", "Europe/Paris") as Date).toISOString()).toBe("2026-12-01T07:00:00.000Z");
    expect((zonedInputToDate("2026-07-01T08:00", "Europe/Paris") as Date).toISOString()).toBe("2026-07-01T06:00:00.000Z");
  });

  it("reads it overseas", () => {
    expect((zonedInputToDate("2026-12-01T08:00", "Indian/Reunion") as Date).toISOString()).toBe("2026-12-01T04:00:00.000Z");
    expect((zonedInputToDate("2026-12-01T08:00", "America/Guadeloupe") as Date).toISOString()).toBe("2026-12-01T12:00:00.000Z");
  });

  it("round-trips and leaves garbage for zod to refuse", () => {
    const instant = new Date("2026-03-29T10:30:00Z");
    expect(dateToZonedInput(instant, "Europe/Paris")).toBe("2026-03-29T12:30");
    expect(zonedInputToDate("demain matin", "Europe/Paris")).toBe("demain matin");
  });
});
