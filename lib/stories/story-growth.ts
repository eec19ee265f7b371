/** Length of the window a story's recent pace is measured over, and of the window before it. */
export const GROWTH_WINDOW_MS = 30 * 60_000;
/**
 * A story trends when its last 30 minutes bring at least this many posts… (fewer is chatter: a
 * post and its three reposts are not a trend, whatever their ratio to the window before)
 */
export const TRENDING_MIN_RECENT = 5;
/** …and at least twice as many as the 30 minutes before (accelerating, not merely big). */
export const TRENDING_MIN_RATIO = 2;

export type StoryGrowth = { perHour: number; trending: boolean };

/**
 * Pace of a story from its members' times: `perHour` is the count in the last 30 minutes
 * doubled; `trending` when that count is ≥ TRENDING_MIN_RECENT and ≥ TRENDING_MIN_RATIO × the
 * previous 30 minutes' count. A story that has been big for hours at a steady pace does not
 * trend; one that jumps from 2 to 10 copies does. Times after `now` (clock skew) are ignored.
 */
export function storyGrowth(memberTimes: readonly Date[], now: Date): StoryGrowth {
  const t = now.getTime();
  let recent = 0;
  let previous = 0;
  for (const at of memberTimes) {
    const age = t - at.getTime();
    if (age < 0) continue;
    if (age < GROWTH_WINDOW_MS) recent++;
    else if (age < 2 * GROWTH_WINDOW_MS) previous++;
  }
  const perHour = recent * (3_600_000 / GROWTH_WINDOW_MS);
  return { perHour, trending: recent >= TRENDING_MIN_RECENT && recent >= TRENDING_MIN_RATIO * previous };
}
