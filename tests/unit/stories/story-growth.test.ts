import { describe, expect, it } from "vitest";
import { storyGrowth } from "@/lib/stories/story-growth";

const now = new Date(Date.UTC(2024, 0, 17, 12, 0));
const minutesAgo = (...m: number[]) => m.map((x) => new Date(now.getTime() - x * 60_000));

describe("storyGrowth", () => {
  it("trends when the last half hour at least doubles the one before and reaches the floor", () => {
    expect(storyGrowth(minutesAgo(1, 2, 5, 8, 12, 20, 25, 40), now)).toEqual({ perHour: 14, trending: true });
  });
  it("does not trend at a steady pace, however big", () => {
    expect(storyGrowth(minutesAgo(...Array.from({ length: 60 }, (_, i) => i)), now).trending).toBe(false);
  });
  it("does not trend below the floor of recent posts", () => {
    expect(storyGrowth(minutesAgo(1, 2, 3, 4), now)).toEqual({ perHour: 8, trending: false });
  });
  it("ignores future times and old posts", () => {
    expect(storyGrowth([...minutesAgo(-5, 120, 300)], now)).toEqual({ perHour: 0, trending: false });
  });
});
