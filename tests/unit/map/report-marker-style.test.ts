import { describe, expect, it } from "vitest";
import { categoryStyle, reportMarkerStyle, URGENT_COLOR } from "../../../components/map/report-marker-style";

describe("report marker style", () => {
  it("draws confirmed reports solid and unverified ones hollow, urgent ones with a red halo", () => {
    expect(reportMarkerStyle({ category: "water_levels", status: "CONFIRMED", severity: 2 }).hollow).toBe(false);
    expect(reportMarkerStyle({ category: "water_levels", status: "NEW", severity: 2 }).hollow).toBe(true);
    expect(reportMarkerStyle({ category: "water_levels", status: "IN_VERIFICATION", severity: 2 }).hollow).toBe(true);
    const urgent = reportMarkerStyle({ category: "water_levels", status: "NEW", severity: 4 });
    expect(urgent.urgent).toBe(true);
    expect(urgent.color).toBe(URGENT_COLOR);
    expect(reportMarkerStyle({ category: "water_levels", status: "CONFIRMED", severity: 1, escalated: true }).urgent).toBe(true);
  });

  it("gives known categories distinct looks and unknown codes a stable one", () => {
    expect(categoryStyle("water_levels")).not.toEqual(categoryStyle("roads_cut"));
    expect(categoryStyle("made_up_code")).toEqual(categoryStyle("made_up_code"));
  });
});
